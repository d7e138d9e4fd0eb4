import { defineScope, networkOrEstablishmentRule } from "../../core/scope.js";
import { Habilitation } from "./habilitation.entity.js";

/** A habilitation is visible in its network, and to the staff of its establishment. */
defineScope(
  Habilitation,
  networkOrEstablishmentRule({ network: (a) => `${a}."networkId"`, establishment: (a) => `${a}."establishmentId"` }),
);
