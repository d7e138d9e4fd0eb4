import { networkOrEstablishmentRule } from "../../core/scope.js";

/** A network is visible to its managers and analysts, and to the staff of its establishments. */
export const networkScope = networkOrEstablishmentRule({
  network: (a) => `${a}.id`,
  containsEstablishment: (a) => `${a}.id IN (SELECT se."networkId" FROM establishment se WHERE se.id IN (:...establishmentIds))`,
});
