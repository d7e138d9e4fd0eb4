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
  /**
   * Whether screens ask for candidates' identity (the `$withIdentity` of their queries): only when
   * every role of the user reads the identity of the rows it shows (capability
   * `candidate.identity`). A network manager, an analyst or a jury — or anyone holding one of
   * those roles too — asks for pseudonyms only, so that no row of a list is refused (ADR 0027).
   */
  const identityVisible = computed(() => roles.value.length > 0 && roles.value.every((g) => canDo([g], "candidate.identity")));
  return {
    user,
    roles,
    signedIn,
    managedNetworks,
    can,
    identityVisible,
    signIn: session.signIn,
    acceptInvitation: session.acceptInvitation,
    signOut: session.signOut,
    refresh: session.refresh,
  };
}
