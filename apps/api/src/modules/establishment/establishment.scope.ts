import { defineScope, networkOrEstablishmentRule } from "../../core/scope.js";
import { Establishment } from "./establishment.entity.js";

/** An establishment is visible in its network, and to its own staff. */
defineScope(Establishment, networkOrEstablishmentRule({ network: (a) => `${a}."networkId"`, establishment: (a) => `${a}.id` }));
