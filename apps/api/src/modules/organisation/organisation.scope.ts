import { networkOrEstablishmentRule } from "../../core/scope.js";

/** An organisation is visible in its network, and to the staff of its establishments. */
export const organisationScope = networkOrEstablishmentRule({
  network: (a) => `${a}."networkId"`,
  containsEstablishment: (a) => `${a}.id IN (SELECT se."organisationId" FROM establishment se WHERE se.id IN (:...establishmentIds))`,
});
