/**
 * Every resolver of the API, listed once (the composition root). A feature adds its resolvers here.
 */
import { HealthResolver } from "../core/health.resolver.js";
import { AttentionResolver } from "../modules/attention/attention.resolver.js";
import { NetworkOverviewResolver } from "../modules/attention/network-overview.resolver.js";
import { AuditResolver } from "../modules/audit/audit.resolver.js";
import { AuthResolver } from "../modules/auth/auth.resolver.js";
import { CandidateResolver } from "../modules/candidate/candidate.resolver.js";
import { EstablishmentResolver } from "../modules/establishment/establishment.resolver.js";
import { GeographyResolver } from "../modules/geography/geography.resolver.js";
import { HabilitationResolver } from "../modules/habilitation/habilitation.resolver.js";
import { NetworkResolver } from "../modules/network/network.resolver.js";
import { OrganisationResolver } from "../modules/organisation/organisation.resolver.js";
import { referentialResolvers } from "../modules/referential/referential.resolver.js";
import { RoleAssignmentResolver, UserResolver } from "../modules/user/user.resolver.js";
import { EvaluatorAccreditationResolver, StaffResolver } from "../modules/staff/staff.resolver.js";
import { EvaluationSessionResolver } from "../modules/evaluation-session/evaluation-session.resolver.js";
import { ImportResolver } from "../modules/import/import.resolver.js";
import { DossierEventResolver, DossierResolver } from "../modules/dossier/dossier.resolver.js";
import {
  CriterionResultResolver,
  DomainResultResolver,
  EvaluationResolver,
  SubDomainResultResolver,
} from "../modules/evaluation/evaluation.resolver.js";
import { TrainingPathDomainResolver, TrainingPathResolver } from "../modules/training/training.resolver.js";
import { juryResolvers } from "../modules/jury/jury.resolver.js";
import { certificateResolvers } from "../modules/certificate/certificate.resolver.js";
import { fundingResolvers } from "../modules/funding/funding.resolver.js";
import { ReportResolver } from "../modules/report/report.resolver.js";
import { ExportResolver } from "../modules/export/export.resolver.js";
import { SavedReportResolver } from "../modules/saved-report/saved-report.resolver.js";

export const resolvers: Function[] = [
  HealthResolver,
  GeographyResolver,
  NetworkResolver,
  OrganisationResolver,
  EstablishmentResolver,
  HabilitationResolver,
  CandidateResolver,
  ...referentialResolvers,
  AttentionResolver,
  NetworkOverviewResolver,
  AuditResolver,
  AuthResolver,
  UserResolver,
  RoleAssignmentResolver,
  StaffResolver,
  EvaluatorAccreditationResolver,
  EvaluationSessionResolver,
  ImportResolver,
  DossierResolver,
  DossierEventResolver,
  EvaluationResolver,
  CriterionResultResolver,
  SubDomainResultResolver,
  DomainResultResolver,
  TrainingPathResolver,
  TrainingPathDomainResolver,
  ...juryResolvers,
  ...certificateResolvers,
  ...fundingResolvers,
  ReportResolver,
  ExportResolver,
  SavedReportResolver,
];
