import { networkOrEstablishmentRule } from "../../core/scope.js";

/** A session is visible in its network, and to the staff of its establishment. */
export const evaluationSessionScope = networkOrEstablishmentRule({
  network: (a) => `${a}."networkId"`,
  establishment: (a) => `${a}."establishmentId"`,
});
