import { networkOrEstablishmentRule } from "../../core/scope.js";

/**
 * A candidate row is visible nationally (ADMIN, national ANALYST), in its network (NETWORK_MANAGER,
 * network ANALYST) and to the staff of its establishment. Which of its fields a reader may see is
 * another rule: core/personal-data.ts.
 */
export const candidateScope = networkOrEstablishmentRule({
  network: (a) => `${a}."networkId"`,
  establishment: (a) => `${a}."establishmentId"`,
});
