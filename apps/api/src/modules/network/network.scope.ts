import { defineScope, networkOrEstablishmentRule } from "../../core/scope.js";
import { Network } from "./network.entity.js";

/** A network is visible to its managers and analysts, and to the staff of its establishments. */
defineScope(
  Network,
  networkOrEstablishmentRule({
    network: (a) => `${a}.id`,
    containsEstablishment: (a) => `${a}.id IN (SELECT se."networkId" FROM establishment se WHERE se.id IN (:...establishmentIds))`,
  }),
);
