import { networkOrEstablishmentRule } from "../../core/scope.js";

/** An establishment is visible in its network, and to its own staff. */
export const establishmentScope = networkOrEstablishmentRule({ network: (a) => `${a}."networkId"`, establishment: (a) => `${a}.id` });
