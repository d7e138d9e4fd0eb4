import { AuditEvent } from "../../modules/audit/audit.entity.js";
import { AuthSession, RefreshToken } from "../../modules/auth/auth-session.entity.js";
import { Invitation } from "../../modules/auth/invitation.entity.js";
import { SignInThrottle } from "../../modules/auth/sign-in-throttle.entity.js";
import { SigningKey } from "../../modules/auth/signing-key.entity.js";
import { Candidate, CandidateIdempotency } from "../../modules/candidate/candidate.entity.js";
import { Establishment } from "../../modules/establishment/establishment.entity.js";
import { Habilitation } from "../../modules/habilitation/habilitation.entity.js";
import { Network } from "../../modules/network/network.entity.js";
import { Organisation } from "../../modules/organisation/organisation.entity.js";
import { Certification, Criterion, Domain, Referential, SubDomain } from "../../modules/referential/referential.entity.js";
import { RoleAssignment } from "../../modules/user/role-assignment.entity.js";
import { User } from "../../modules/user/user.entity.js";
import { EvaluatorAccreditation } from "../../modules/staff/evaluator-accreditation.entity.js";
import { EvaluationSession } from "../../modules/evaluation-session/evaluation-session.entity.js";
import { Dossier, DossierEvent } from "../../modules/dossier/dossier.entity.js";
import { CriterionResult, DomainResult, Evaluation, SubDomainResult } from "../../modules/evaluation/evaluation.entity.js";
import { TrainingPath, TrainingPathDomain } from "../../modules/training/training-path.entity.js";
import { JuryMember, JurySession, JurySubmission } from "../../modules/jury/jury.entity.js";
import { Certificate } from "../../modules/certificate/certificate.entity.js";
import { FundingLine } from "../../modules/funding/funding-line.entity.js";
import { ImportJob } from "../../modules/import/import-job.entity.js";
import { ExportJob } from "../../modules/export/export-job.entity.js";
import { SavedReport } from "../../modules/saved-report/saved-report.entity.js";
import { CertificateVerificationThrottle } from "../../modules/certificate/verification-throttle.entity.js";
import { QueryBudget } from "../cost-budget.entity.js";

// Scope rules (core/scope.ts) are registered with the entities, so that no read of a scoped
// entity can happen before its rule exists.
import "../../modules/network/network.scope.js";
import "../../modules/organisation/organisation.scope.js";
import "../../modules/establishment/establishment.scope.js";
import "../../modules/habilitation/habilitation.scope.js";
import "../../modules/user/user.scope.js";
import "../../modules/candidate/candidate.scope.js";
import "../../modules/staff/staff.scope.js";
import "../../modules/evaluation-session/evaluation-session.scope.js";
import "../../modules/dossier/dossier.scope.js";
import "../../modules/evaluation/evaluation.scope.js";
import "../../modules/training/training-path.scope.js";
import "../../modules/import/import-job.scope.js";
import "../../modules/export/export-job.scope.js";
import "../../modules/saved-report/saved-report.scope.js";
import "../../modules/jury/jury.scope.js";
import "../../modules/certificate/certificate.scope.js";
import "../../modules/funding/funding.scope.js";

/**
 * Every TypeORM entity of the API, listed once. A feature adds its entities here.
 */
export const entities: Function[] = [
  Certification,
  Referential,
  Domain,
  SubDomain,
  Criterion,
  Network,
  Organisation,
  Establishment,
  Habilitation,
  Candidate,
  CandidateIdempotency,
  AuditEvent,
  User,
  RoleAssignment,
  EvaluatorAccreditation,
  EvaluationSession,
  Dossier,
  DossierEvent,
  Evaluation,
  CriterionResult,
  SubDomainResult,
  DomainResult,
  TrainingPath,
  TrainingPathDomain,
  JurySession,
  JuryMember,
  JurySubmission,
  Certificate,
  FundingLine,
  CertificateVerificationThrottle,
  QueryBudget,
  ImportJob,
  ExportJob,
  SavedReport,
  AuthSession,
  RefreshToken,
  Invitation,
  SignInThrottle,
  SigningKey,
];
