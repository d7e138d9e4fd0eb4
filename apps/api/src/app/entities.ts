import { AuditEvent } from "../modules/audit/audit.entity.js";
import { AuthSession, RefreshToken } from "../modules/user/auth-session.entity.js";
import { Invitation } from "../modules/user/invitation.entity.js";
import { SigningKey } from "../modules/auth/signing-key.entity.js";
import { Candidate, CandidateIdempotency } from "../modules/candidate/candidate.entity.js";
import { Establishment } from "../modules/establishment/establishment.entity.js";
import { Habilitation } from "../modules/habilitation/habilitation.entity.js";
import { Network } from "../modules/network/network.entity.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import { Certification, Criterion, Domain, Referential, SubDomain } from "../modules/referential/referential.entity.js";
import { RoleAssignment, User } from "../modules/user/user.entity.js";
import { EvaluatorAccreditation } from "../modules/staff/evaluator-accreditation.entity.js";
import { EvaluationSession } from "../modules/evaluation-session/evaluation-session.entity.js";
import { Dossier, DossierEvent } from "../modules/dossier/dossier.entity.js";
import { CriterionResult, DomainResult, Evaluation, SubDomainResult } from "../modules/evaluation/evaluation.entity.js";
import { TrainingPath, TrainingPathDomain } from "../modules/training/training-path.entity.js";
import { JuryMember, JurySession, JurySubmission } from "../modules/jury/jury.entity.js";
import { Certificate } from "../modules/certificate/certificate.entity.js";
import { FundingLine } from "../modules/funding/funding-line.entity.js";
import { ImportJob } from "../modules/import/import-job.entity.js";
import { ExportJob } from "../modules/export/export-job.entity.js";
import { SavedReport } from "../modules/saved-report/saved-report.entity.js";
import { QueryBudget } from "../core/cost-budget.entity.js";
import { RateLimit } from "../core/rate-limit.entity.js";

/**
 * Every TypeORM entity of the API, listed once. A feature adds its entities here; each declares
 * its scope (`@Scoped(rule)` or `@Unscoped("why")`, core/scope.ts) or the API refuses to start.
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
  QueryBudget,
  RateLimit,
  ImportJob,
  ExportJob,
  SavedReport,
  AuthSession,
  RefreshToken,
  Invitation,
  SigningKey,
];
