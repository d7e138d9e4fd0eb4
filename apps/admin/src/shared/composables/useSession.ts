import { computed } from "vue";
import { session } from "../session/index.ts";
import { can as canDo, managedNetworkIds, type Permission } from "../session/permissions.ts";

/**
 * The signed-in user as screens need it: who, with which roles, and `can(...)` to decide whether
 * to offer an action (the API still decides).
 */
export function useSession() {
  const user = computed(() => session.state.user);
  const roles = computed(() => user.value?.roles ?? []);
  const signedIn = computed(() => session.state.status === "signedIn");
  const managedNetworks = computed(() => managedNetworkIds(roles.value));
  function can(permission: Permission, networkId?: string | null): boolean {
    return canDo(roles.value, permission, networkId);
  }
  return {
    user,
    roles,
    signedIn,
    managedNetworks,
    can,
    signIn: session.signIn,
    acceptInvitation: session.acceptInvitation,
    signOut: session.signOut,
    refresh: session.refresh,
  };
}
