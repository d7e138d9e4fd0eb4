import { Role } from "./enums.js";
import { EXPORTABLE_LISTS } from "./export.js";

/**
 * Who may do what: the one capability table, read by the API (which enforces it at every door —
 * GraphQL root fields and REST routes — and refuses to start when a door has no entry), by the SPA
 * (which offers only what it allows) and by the generated role × door tests. Changing a line here
 * changes all three. Decisions: docs/adr/0026-one-capability-table.md; map: docs/architecture.md.
 *
 * A capability names who may use it:
 * - `PUBLIC`: anyone, signed in or not (signing in, verifying a certificate, probes);
 * - `SIGNED_IN`: any signed-in user; the scoping layer then decides which rows they see or touch;
 * - a list of roles: a user holding one of them. Asked about a target (a network, an
 *   establishment, a dossier), only the grants that cover it count: a national grant covers
 *   everything, a network grant the rows of its network, an establishment grant the rows of its
 *   establishment. Asked without a target, the question is "may they do it somewhere" (menus,
 *   the door check before a service reads the target).
 */
export type Audience = "PUBLIC" | "SIGNED_IN" | readonly Role[];

export interface Capability {
  /** What it allows, in French (shown in refusals and in the SPA). */
  label: string;
  who: Audience;
}

/** One role of a user with its scope: national (both null), a network, or an establishment. */
export interface RoleGrant {
  role: Role;
  networkId: string | null;
  establishmentId: string | null;
}

/** What a capability is asked about: the network and establishment holding the row. */
export interface CapabilityTarget {
  networkId?: string | null;
  establishmentId?: string | null;
}

const { ADMIN, NETWORK_MANAGER, ANALYST, CENTRE_MANAGER, ADVISOR, EVALUATOR, TRAINER, JURY } = Role;

/** The centre's staff who follow a dossier, their network's managers and the certifier's staff. */
const FOLLOW = [ADMIN, NETWORK_MANAGER, CENTRE_MANAGER, ADVISOR, EVALUATOR] as const;
/** Who registers candidates, opens dossiers, plans training and records funding. */
const REGISTER = [ADMIN, NETWORK_MANAGER, CENTRE_MANAGER, ADVISOR] as const;
/** Everyone who works in the organisation model (not the juries). */
const ORGANISATION_READERS = [ADMIN, NETWORK_MANAGER, ANALYST, CENTRE_MANAGER, ADVISOR, EVALUATOR, TRAINER] as const;

export const capabilities = {
  // Sessions and accounts
  "account.signIn": { label: "se connecter, renouveler sa session, accepter une invitation", who: "PUBLIC" },
  "account.self": { label: "gérer sa propre session et son mot de passe", who: "SIGNED_IN" },
  "platform.health": { label: "interroger l'état de la plateforme", who: "PUBLIC" },
  "platform.app": { label: "ouvrir l'application (pages publiques, écran de connexion)", who: "PUBLIC" },
  "certificate.verify": { label: "vérifier un certificat", who: "PUBLIC" },
  /** Reads whose rows the scoping layer chooses (an empty page for someone who may see nothing). */
  read: { label: "lire ce que son périmètre laisse voir", who: "SIGNED_IN" },

  // The organisation model
  "network.create": { label: "créer et renommer des réseaux", who: [ADMIN] },
  "network.configure": { label: "configurer un réseau : organismes, établissements, imports", who: [ADMIN, NETWORK_MANAGER] },
  "network.dashboard": { label: "voir la liste d'attention et les chiffres clés d'un réseau", who: [ADMIN, NETWORK_MANAGER] },
  "organisation.read": { label: "consulter les réseaux, organismes et établissements", who: ORGANISATION_READERS },
  "habilitation.request": { label: "demander, modifier et renouveler une habilitation", who: [ADMIN, NETWORK_MANAGER] },
  "habilitation.decide": { label: "accorder, refuser, suspendre ou retirer une habilitation", who: [ADMIN, NETWORK_MANAGER] },
  "staff.read": {
    label: "consulter le personnel d'un établissement",
    who: [ADMIN, NETWORK_MANAGER, CENTRE_MANAGER, ADVISOR, EVALUATOR, TRAINER],
  },
  "staff.manage": { label: "affecter du personnel et enregistrer les habilitations des évaluateurs", who: [ADMIN, NETWORK_MANAGER] },
  "session.plan": { label: "planifier les sessions d'évaluation", who: [ADMIN, NETWORK_MANAGER, CENTRE_MANAGER] },
  "referential.edit": { label: "modifier, importer et publier les référentiels", who: [ADMIN] },
  "user.manage": { label: "inviter des utilisateurs et gérer leurs rôles", who: [ADMIN, NETWORK_MANAGER] },
  "audit.read": { label: "consulter le journal d'audit", who: [ADMIN, NETWORK_MANAGER] },

  // Candidates and their dossiers (the actions of the dossier process: dossier.ts)
  "candidate.read": { label: "consulter les candidats", who: ORGANISATION_READERS },
  "candidate.register": { label: "inscrire et modifier des candidats", who: REGISTER },
  /** The identity of a candidate (names, birth date, contact): the certifier's staff and the staff of the candidate's establishment. */
  "candidate.identity": { label: "voir l'identité des candidats", who: [ADMIN, CENTRE_MANAGER, ADVISOR, EVALUATOR, TRAINER] },
  "dossier.read": { label: "consulter les dossiers", who: [...ORGANISATION_READERS, JURY] },
  "dossier.open": { label: "ouvrir un dossier", who: REGISTER },
  "dossier.planPreliminary": { label: "planifier l'évaluation préalable", who: FOLLOW },
  "dossier.recordPreliminary": { label: "saisir l'évaluation préalable", who: [ADMIN, CENTRE_MANAGER, EVALUATOR] },
  "dossier.planTraining": { label: "planifier et suivre les parcours de formation", who: REGISTER },
  "dossier.planFinal": { label: "planifier l'évaluation finale", who: FOLLOW },
  "dossier.recordFinal": { label: "saisir l'évaluation finale", who: [ADMIN, CENTRE_MANAGER, EVALUATOR] },
  "dossier.submitToJury": { label: "présenter un dossier au jury", who: FOLLOW },
  "dossier.decide": { label: "enregistrer la décision du jury", who: [ADMIN, JURY] },
  "dossier.resumeTraining": { label: "reprendre la formation après un ajournement", who: FOLLOW },
  "dossier.returnToJury": { label: "représenter un dossier au jury", who: FOLLOW },
  "dossier.withdraw": { label: "clore un dossier à la demande du candidat", who: FOLLOW },
  "funding.manage": { label: "enregistrer les financements d'un dossier", who: REGISTER },
  "jury.manage": { label: "organiser les sessions de jury", who: [ADMIN, JURY] },
  "certificate.download": { label: "télécharger l'attestation d'un certificat", who: "SIGNED_IN" },

  // Analysts' side
  "report.use": { label: "construire des rapports", who: [ADMIN, NETWORK_MANAGER, ANALYST] },
  "report.save": { label: "enregistrer ses rapports", who: "SIGNED_IN" },
  "explorer.use": { label: "utiliser l'explorateur GraphQL", who: [ADMIN, NETWORK_MANAGER, ANALYST] },
  "export.use": { label: "exporter des listes", who: [...ORGANISATION_READERS, JURY] },
} as const satisfies Record<string, Capability>;

export type CapabilityName = keyof typeof capabilities;

/** Whether `grant` covers a row of `target` (national grants cover everything). */
function covers(grant: RoleGrant, target: CapabilityTarget): boolean {
  if (grant.establishmentId) return grant.establishmentId === target.establishmentId;
  return !grant.networkId || grant.networkId === target.networkId;
}

/**
 * Whether a signed-in user holding `grants` may use `capability` — on `target` when given,
 * somewhere otherwise. Anonymous callers: `can(null, …)`, true for PUBLIC capabilities only.
 */
export function can(grants: readonly RoleGrant[] | null | undefined, capability: CapabilityName, target?: CapabilityTarget): boolean {
  const who: Audience = capabilities[capability].who;
  if (who === "PUBLIC") return true;
  if (!grants) return false;
  if (who === "SIGNED_IN") return true;
  return grants.some((g) => who.includes(g.role) && (!target || covers(g, target)));
}

/**
 * Where the holder of `grants` may use `capability`: everywhere (a national grant of it), or on
 * these networks (network grants) and establishments (establishment grants). What lists and
 * filters need to know, where `can` answers for one target.
 */
export function reachOf(
  grants: readonly RoleGrant[] | null | undefined,
  capability: CapabilityName,
): "ALL" | { networkIds: string[]; establishmentIds: string[] } {
  const held = (grants ?? []).filter((g) => can([g], capability));
  if (held.some((g) => !g.networkId && !g.establishmentId)) return "ALL";
  const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => Boolean(id)))];
  return {
    networkIds: unique(held.filter((g) => !g.establishmentId).map((g) => g.networkId)),
    establishmentIds: unique(held.map((g) => g.establishmentId)),
  };
}

/** The roles that may use `capability` (every role for PUBLIC and SIGNED_IN ones). */
export function rolesOf(capability: CapabilityName): readonly Role[] {
  const who: Audience = capabilities[capability].who;
  return typeof who === "string" ? (Object.values(Role) as Role[]) : who;
}

// ---------------------------------------------------------------------------------------------
// The doors: every GraphQL root field and REST route, with the capability it needs. The API
// refuses to start when one of its root fields or routes is missing here (or listed here and gone).

export const graphqlDoors = {
  Query: {
    apiVersion: "platform.health",
    me: "account.signIn",
    verifyCertificate: "certificate.verify",
    networkAttention: "network.dashboard",
    networkOverview: "network.dashboard",
    auditEvents: "audit.read",
    users: "user.manage",
    user: "user.manage",
    establishmentStaff: "staff.read",
    juryAccounts: "jury.manage",
    candidates: "read",
    candidate: "read",
    establishments: "read",
    establishment: "read",
    regions: "read",
    departments: "read",
    habilitations: "read",
    networks: "read",
    network: "read",
    organisations: "read",
    organisation: "read",
    certifications: "read",
    certification: "read",
    referential: "read",
    searchCriteria: "read",
    exportReferential: "read",
    evaluationSessions: "read",
    evaluationSession: "read",
    establishmentImportTemplate: "read",
    importTemplate: "read",
    importJob: "read",
    dossiers: "read",
    dossier: "read",
    evaluations: "read",
    criterionResults: "read",
    trainingPaths: "read",
    jurySessions: "read",
    jurySession: "read",
    juryDecisions: "read",
    certificate: "read",
    certificates: "read",
    fundingLines: "read",
    aggregate: "read",
    exportJob: "read",
    exportJobs: "read",
    savedReports: "read",
    savedReport: "read",
  },
  Mutation: {
    signIn: "account.signIn",
    refreshSession: "account.signIn",
    acceptInvitation: "account.signIn",
    signOut: "account.self",
    changePassword: "account.self",
    createCandidate: "candidate.register",
    updateCandidate: "candidate.register",
    createNetwork: "network.create",
    updateNetwork: "network.create",
    createOrganisation: "network.configure",
    updateOrganisation: "network.configure",
    createEstablishment: "network.configure",
    updateEstablishment: "network.configure",
    closeEstablishment: "network.configure",
    reopenEstablishment: "network.configure",
    moveEstablishment: "network.configure",
    importEstablishments: "network.configure",
    importStaff: "network.configure",
    createHabilitation: "habilitation.request",
    updateHabilitation: "habilitation.request",
    renewHabilitation: "habilitation.request",
    changeHabilitationStatus: "habilitation.decide",
    createReferentialDraft: "referential.edit",
    updateReferentialDraft: "referential.edit",
    deleteReferentialDraft: "referential.edit",
    publishReferential: "referential.edit",
    importReferential: "referential.edit",
    addDomain: "referential.edit",
    updateDomain: "referential.edit",
    removeDomain: "referential.edit",
    moveDomain: "referential.edit",
    addSubDomain: "referential.edit",
    updateSubDomain: "referential.edit",
    removeSubDomain: "referential.edit",
    moveSubDomain: "referential.edit",
    addCriterion: "referential.edit",
    updateCriterion: "referential.edit",
    removeCriterion: "referential.edit",
    moveCriterion: "referential.edit",
    inviteUser: "user.manage",
    resendInvitation: "user.manage",
    deactivateUser: "user.manage",
    reactivateUser: "user.manage",
    setUserRoles: "user.manage",
    assignStaff: "staff.manage",
    endStaffAssignment: "staff.manage",
    recordEvaluatorAccreditation: "staff.manage",
    planEvaluationSession: "session.plan",
    updateEvaluationSession: "session.plan",
    cancelEvaluationSession: "session.plan",
    openDossier: "dossier.open",
    withdrawDossier: "dossier.withdraw",
    resumeTraining: "dossier.resumeTraining",
    planPreliminaryEvaluation: "dossier.planPreliminary",
    recordPreliminaryEvaluation: "dossier.recordPreliminary",
    planTrainingPath: "dossier.planTraining",
    completeTrainingPath: "dossier.planTraining",
    cancelTrainingPath: "dossier.planTraining",
    planFinalEvaluation: "dossier.planFinal",
    recordFinalEvaluation: "dossier.recordFinal",
    submitToJury: "dossier.submitToJury",
    recordJuryDecision: "dossier.decide",
    returnToJury: "dossier.returnToJury",
    createJurySession: "jury.manage",
    addJuryMember: "jury.manage",
    removeJuryMember: "jury.manage",
    closeJurySession: "jury.manage",
    addFundingLine: "funding.manage",
    updateFundingLine: "funding.manage",
    cancelFundingLine: "funding.manage",
    startExport: "export.use",
    cancelExport: "export.use",
    createSavedReport: "report.save",
    updateSavedReport: "report.save",
    deleteSavedReport: "report.save",
    runSavedReport: "read",
  },
} as const satisfies { Query: Record<string, CapabilityName>; Mutation: Record<string, CapabilityName> };

export type GraphqlRootType = keyof typeof graphqlDoors;

/**
 * The REST routes, as `METHOD path` with Express's parameters. A list export
 * (`GET /exports/:file`, `startExport`) needs `export.use` and, on top, the door of the list's own
 * GraphQL query (`exportListDoor`): whoever may not read the audit trail may not export it.
 */
export const restDoors = {
  "GET /healthz": "platform.health",
  "GET /readyz": "platform.health",
  "POST /imports/:kind": "network.configure",
  "GET /certificates/:file": "certificate.download",
  "GET /exports/jobs/:id/file": "export.use",
  "POST /exports/:file": "read",
  "GET /exports/:file": "export.use",
  "GET /{*splat}": "platform.app",
} as const satisfies Record<string, CapabilityName>;

export type RestDoor = keyof typeof restDoors;

/** The capability of a list's GraphQL query, which its export needs too. */
export function exportListDoor(list: keyof typeof EXPORTABLE_LISTS): CapabilityName {
  const query = EXPORTABLE_LISTS[list].query as keyof (typeof graphqlDoors)["Query"];
  return graphqlDoors.Query[query];
}

/** Whether the holder of `grants` may export `list` (anywhere in their scope). */
export function canExport(grants: readonly RoleGrant[] | null | undefined, list: keyof typeof EXPORTABLE_LISTS): boolean {
  return can(grants, "export.use") && can(grants, exportListDoor(list));
}
