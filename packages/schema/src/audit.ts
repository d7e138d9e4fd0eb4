/**
 * What the audit trail records (module `audit` of the API). One value per kind of act; the
 * API stores the value as text, so a new act is added here and nowhere else.
 */
export const AuditAction = {
  SIGN_IN: "SIGN_IN",
  SIGN_IN_FAILED: "SIGN_IN_FAILED",
  SIGN_OUT: "SIGN_OUT",
  PASSWORD_CHANGE: "PASSWORD_CHANGE",
  INVITE: "INVITE",
  ROLE_CHANGE: "ROLE_CHANGE",
  DEACTIVATE: "DEACTIVATE",
  READ_PERSONAL_DATA: "READ_PERSONAL_DATA",
  CREATE: "CREATE",
  UPDATE: "UPDATE",
  DELETE: "DELETE",
  TRANSITION: "TRANSITION",
  PUBLISH: "PUBLISH",
  IMPORT: "IMPORT",
  EXPORT: "EXPORT",
  RUN_REPORT: "RUN_REPORT",
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const auditActionLabels: Record<AuditAction, string> = {
  SIGN_IN: "Connexion",
  SIGN_IN_FAILED: "Échec de connexion",
  SIGN_OUT: "Déconnexion",
  PASSWORD_CHANGE: "Changement de mot de passe",
  INVITE: "Invitation",
  ROLE_CHANGE: "Changement de rôles",
  DEACTIVATE: "Désactivation",
  READ_PERSONAL_DATA: "Consultation de données personnelles",
  CREATE: "Création",
  UPDATE: "Modification",
  DELETE: "Suppression",
  TRANSITION: "Changement d'état",
  PUBLISH: "Publication",
  IMPORT: "Import",
  EXPORT: "Export",
  RUN_REPORT: "Exécution d'un rapport enregistré",
};
