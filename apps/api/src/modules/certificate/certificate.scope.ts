import { defineScope } from "../../core/scope.js";
import { dossierChildRule } from "../dossier/dossier.scope.js";
import { Certificate } from "./certificate.entity.js";

/** A certificate is read where its dossier is (network, establishment staff, juries once presented). */
defineScope(Certificate, dossierChildRule);
