import { networkOrEstablishmentRule } from "../../core/scope.js";

/** A habilitation is visible in its network, and to the staff of its establishment. */
export const habilitationScope = networkOrEstablishmentRule({
  network: (a) => `${a}."networkId"`,
  establishment: (a) => `${a}."establishmentId"`,
});
