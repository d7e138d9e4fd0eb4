import { defineScope, networkOrEstablishmentRule } from "../../core/scope.js";
import { EvaluationSession } from "./evaluation-session.entity.js";

/** A session is visible in its network, and to the staff of its establishment. */
defineScope(
  EvaluationSession,
  networkOrEstablishmentRule({ network: (a) => `${a}."networkId"`, establishment: (a) => `${a}."establishmentId"` }),
);
