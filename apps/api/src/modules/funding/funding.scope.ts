import { defineScope } from "../../core/scope.js";
import { dossierChildRule } from "../dossier/dossier.scope.js";
import { FundingLine } from "./funding-line.entity.js";

/** A funding line is read where its dossier is (network, establishment staff, juries once presented). */
defineScope(FundingLine, dossierChildRule);
