import { defineScope, networkOrEstablishmentRule } from "../../core/scope.js";
import { Organisation } from "./organisation.entity.js";

/** An organisation is visible in its network, and to the staff of its establishments. */
defineScope(
  Organisation,
  networkOrEstablishmentRule({
    network: (a) => `${a}."networkId"`,
    containsEstablishment: (a) => `${a}.id IN (SELECT se."organisationId" FROM establishment se WHERE se.id IN (:...establishmentIds))`,
  }),
);
