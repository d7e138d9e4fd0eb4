import { can as canDo, type CapabilityName, type CapabilityTarget } from "@clea/schema";
import { computed } from "vue";
import { session } from "../../session/index.ts";
import { managedNetworkIds } from "../../session/permissions.ts";

/**
 * The signed-in user as screens need it: who, with which roles, and `can(capability, target?)`
 * to decide whether to offer an action — the capability table of @clea/schema, the one the API
 * enforces (without a target: "anywhere", for menus; with one: on that network or establishment).
 * The API still decides.
 */
export function useSession() {
  const user = computed(() => session.state.user);
  const roles = computed(() => user.value?.roles ?? []);
  const signedIn = computed(() => session.state.status === "signedIn");
  const managedNetworks = computed(() => managedNetworkIds(roles.value));
  function can(capability: CapabilityName, target?: CapabilityTarget): boolean {
    return canDo(roles.value, capability, target);
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
