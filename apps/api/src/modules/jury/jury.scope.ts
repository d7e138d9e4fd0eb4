import { defineScope } from "../../core/scope.js";
import { dossierChildRule } from "../dossier/dossier.scope.js";
import { JurySubmission } from "./jury.entity.js";

/**
 * A presentation belongs to its dossier: visible where the dossier is (its network, its
 * establishment's staff, juries once presented). Jury sessions and their members have no rule:
 * every signed-in user reads them (centres must pick a session); only ADMIN and JURY write them.
 */
defineScope(JurySubmission, dossierChildRule);
