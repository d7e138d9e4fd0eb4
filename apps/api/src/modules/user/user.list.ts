import { Role, UserStatus } from "@clea/schema";
import { defineCollection } from "../../core/collection.js";
import { instantOrder } from "../../core/order.js";
import { defineFilter } from "../../core/filter/define.js";
import { RoleAssignment, User } from "./user.entity.js";
import "./user.types.js";

/**
 * A role of an account, as a filter target. The relation goes through RoleAssignment's own scope
 * (user.scope.ts), so a network manager filtering on roles only tests the roles of their
 * networks (and their own).
 */
export const roleAssignmentFilter = defineFilter("RoleAssignment", {
  description: "Filtre sur un rôle d'un compte",
  fields: {
    role: { kind: { enum: Role, name: "Role" }, description: "Rôle" },
    networkId: { kind: "id", description: "Réseau du rôle" },
    establishmentId: { kind: "id", description: "Établissement du rôle" },
  },
});

/**
 * The accounts list (docs/adr/0019): by email unless asked otherwise, within what the caller may
 * see (user.scope.ts). An account's email and name are staff data, not a candidate's personal data.
 */
export const userList = defineCollection<User>({
  name: "User",
  entity: User,
  alias: "u",
  filter: {
    description: "Filtre des comptes",
    fields: {
      id: "id",
      search: {
        kind: "string",
        sql: (a) => `concat_ws(' ', ${a}.email, ${a}."displayName")`,
        description: "Texte cherché dans l'adresse e-mail et le nom (avec contains : sans tenir compte de la casse ni des accents)",
      },
      email: { kind: "string", description: "Adresse e-mail" },
      displayName: { kind: "string", description: "Nom affiché" },
      status: { kind: { enum: UserStatus, name: "UserStatus" }, description: "Statut du compte" },
      invitationPending: { kind: "boolean", sql: (a) => `(${a}."passwordHash" IS NULL)`, description: "Invitation pas encore acceptée" },
      createdAt: { kind: "datetime", description: "Création" },
      lastSignInAt: { kind: "datetime", description: "Dernière connexion" },
    },
    relations: {
      roles: {
        target: () => roleAssignmentFilter,
        entity: RoleAssignment,
        on: (o, i) => `${i}."userId" = ${o}.id AND ${i}."endedOn" IS NULL`,
        description: "Un de ses rôles en cours (parmi ceux que l'on peut voir)",
      },
    },
  },
  order: {
    EMAIL: { sql: (a) => `${a}.email`, description: "Adresse e-mail" },
    DISPLAY_NAME: { sql: (a) => `${a}."displayName"`, description: "Nom affiché" },
    STATUS: { sql: (a) => `${a}.status`, description: "Statut (ordre alphabétique du code)" },
    CREATED_AT: { sql: instantOrder("createdAt"), description: "Création" },
    LAST_SIGN_IN_AT: {
      sql: (a) => `COALESCE(date_trunc('milliseconds', ${a}."lastSignInAt"), '-infinity'::timestamptz)`,
      description: "Dernière connexion (les comptes jamais connectés en premier dans l'ordre croissant)",
    },
  },
  defaultOrder: [{ field: "EMAIL", direction: "ASC" }],
});
