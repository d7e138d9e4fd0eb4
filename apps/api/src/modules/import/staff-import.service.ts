import { isEmail } from "class-validator";
import { In, IsNull } from "typeorm";
import { AuditAction, EstablishmentStatus, StaffFunction, UserStatus, nameProblem, roleLabels } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { todayInFrance } from "../../core/dates.js";
import { scopedQuery } from "../../core/scope.js";
import { foldText } from "../../core/text-search.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import { auditService } from "../audit/index.js";
import { DISPLAY_NAME_MAX, EMAIL_MAX, RoleAssignment, User, createInvitation, normaliseEmail, recordAuthEvent } from "../user/index.js";
import { Establishment } from "../establishment/index.js";
import { STAFF_IMPORT_COLUMNS, headerIn, type StaffColumnKey, type StaffRow } from "./import.columns.js";
import type { ImportProblemShape, ReadRow } from "./import.file.js";
import type { ImportProgress } from "./import-job.js";
import { fromBase64, runImport, sortProblems, type ImportDefinition, type ImportSource } from "./import.pipeline.js";
import type { ImportFileInput, ImportReport } from "./import.types.js";

const REQUIRED_MESSAGE: Record<StaffColumnKey, string> = {
  email: "L'adresse e-mail est obligatoire.",
  lastName: "Le nom est obligatoire.",
  firstName: "Le prénom est obligatoire.",
  siret: "Le SIRET de l'établissement est obligatoire.",
  function: "La fonction est obligatoire.",
  startedOn: "",
};

const NAME_MAX = 100;
const PROGRESS_EVERY = 50;

/** The functions as written in a file: the French labels (masculine and feminine) and the codes. */
const FUNCTION_BY_TEXT = new Map<string, StaffFunction>(
  (
    [
      ...Object.values(StaffFunction).flatMap((f) => [
        [f, f],
        [roleLabels[f], f],
      ]),
      ["Responsable d'établissement", StaffFunction.CENTRE_MANAGER],
      ["Conseillère", StaffFunction.ADVISOR],
      ["Évaluatrice", StaffFunction.EVALUATOR],
      ["Formatrice", StaffFunction.TRAINER],
    ] as [string, StaffFunction][]
  ).map(([text, f]) => [foldFunction(text), f]),
);

function foldFunction(text: string): string {
  return foldText(text)
    .replace(/[`’]/g, "'")
    .replace(/[\s_-]+/g, " ")
    .trim();
}

const FUNCTION_LIST = Object.values(StaffFunction)
  .map((f) => `« ${roleLabels[f]} »`)
  .join(", ");

/** A date as written in a French file (JJ/MM/AAAA) or ISO (AAAA-MM-JJ), as `YYYY-MM-DD`; null if it is no date. */
export function parseFileDate(text: string): string | null {
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = fr ? [+fr[3]!, +fr[2]!, +fr[1]!] : iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : [];
  if (y === undefined) return null;
  const date = new Date(Date.UTC(y, m! - 1, d!));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m! - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

interface StaffLine {
  line: number;
  email: string;
  displayName: string;
  establishment: Establishment;
  function: StaffFunction;
  startedOn: string;
  /** The existing account, or none: it is created and invited. */
  userId?: string;
}

export const staffImport: ImportDefinition<StaffRow, StaffLine> = {
  columns: STAFF_IMPORT_COLUMNS,
  forbidden: "Vous ne pouvez pas importer de personnel dans ce réseau.",
  check: checkStaff,
  write: (ctx, networkId, rows, progress) =>
    mapUniqueViolation(() => writeStaff(ctx, networkId, rows, progress), {
      file: "Une des lignes du fichier vient d'être enregistrée par quelqu'un d'autre ; relancez l'essai à blanc.",
      email: "Un des comptes du fichier vient d'être créé par quelqu'un d'autre ; relancez l'essai à blanc.",
    }),
};

/**
 * Bulk import of the staff of a network's establishments: one line per person, establishment and
 * function. A person without an account gets one, invited (no password until they accept; a
 * link is given by « Renvoyer l'invitation »); the assignment follows the rules of
 * `staffService.assign` (establishment of this network and open, not oneself, not already held,
 * no start in the future).
 */
export const staffImportService = {
  importStaff(ctx: RequestContext, networkId: string, file: ImportFileInput, dryRun: boolean): Promise<ImportReport> {
    return runImport(ctx, staffImport, networkId, () => fromBase64(file), dryRun);
  },
  importStaffFile(
    ctx: RequestContext,
    networkId: string,
    source: ImportSource,
    dryRun: boolean,
    progress?: ImportProgress,
  ): Promise<ImportReport> {
    return runImport(ctx, staffImport, networkId, () => source, dryRun, progress);
  },
};

async function checkStaff(
  ctx: RequestContext,
  networkId: string,
  read: ReadRow<StaffRow>[],
): Promise<{ rows: StaffLine[]; problems: ImportProblemShape[] }> {
  const problems: ImportProblemShape[] = [];
  const today = todayInFrance();

  // The network's establishments named in the file, and the accounts: one query each for the whole file.
  const sirets = [...new Set(read.map((r) => r.values.siret).filter((s) => /^\d{14}$/.test(s)))];
  const establishments = sirets.length
    ? await scopedQuery(ctx, Establishment, "e")
        .andWhere(`e."networkId" = :networkId`, { networkId })
        .andWhere(`e.siret IN (:...sirets)`, { sirets })
        .getMany()
    : [];
  const establishmentBySiret = new Map(establishments.map((e) => [e.siret, e]));
  const emails = [...new Set(read.map((r) => normaliseEmail(r.values.email)).filter((e) => e && e.length <= EMAIL_MAX && isEmail(e)))];
  const users = new Map<string, { id: string; status: UserStatus; visible: boolean }>();
  for (let i = 0; i < emails.length; i += 1000) {
    const chunk = emails.slice(i, i + 1000);
    const all = await ctx.em.getRepository(User).find({ select: { id: true, email: true, status: true }, where: { email: In(chunk) } });
    const visible = all.length
      ? new Set(
          (
            await scopedQuery(ctx, User, "u")
              .andWhere("u.id IN (:...ids)", { ids: all.map((u) => u.id) })
              .select("u.id")
              .getMany()
          ).map((u) => u.id),
        )
      : new Set();
    all.forEach((u) => users.set(u.email, { id: u.id, status: u.status, visible: visible.has(u.id) }));
  }
  // Current assignments of those accounts in those establishments.
  const held = new Set<string>();
  const userIds = [...users.values()].map((u) => u.id);
  if (userIds.length && establishments.length)
    for (let i = 0; i < userIds.length; i += 1000) {
      const found = await ctx.em.getRepository(RoleAssignment).find({
        select: { userId: true, establishmentId: true, role: true },
        where: { userId: In(userIds.slice(i, i + 1000)), establishmentId: In(establishments.map((e) => e.id)), endedOn: IsNull() },
      });
      found.forEach((r) => held.add(`${r.userId}|${r.establishmentId}|${r.role}`));
    }

  const rows: StaffLine[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { line, values: v } of read) {
    let ok = true;
    const add = (field: StaffColumnKey, message: string | null) => {
      if (!message) return;
      ok = false;
      problems.push({ line, field, column: headerIn(STAFF_IMPORT_COLUMNS, field), message });
    };
    const present = (field: StaffColumnKey) => {
      if (v[field]) return true;
      add(field, REQUIRED_MESSAGE[field]);
      return false;
    };

    const email = normaliseEmail(v.email);
    let user: { id: string; status: UserStatus; visible: boolean } | undefined;
    if (present("email")) {
      if (email.length > EMAIL_MAX) add("email", `L'adresse e-mail compte au plus ${EMAIL_MAX} caractères.`);
      else if (!isEmail(email)) add("email", `Adresse e-mail invalide : « ${v.email} ».`);
      else {
        user = users.get(email);
        if (user && !user.visible)
          add("email", `Un compte existe déjà avec l'adresse ${email} hors de votre réseau : demandez à un administrateur de l'affecter.`);
        else if (user && user.id === ctx.principal?.userId) add("email", "Vous ne pouvez pas vous affecter vous-même.");
        else if (user && user.status !== UserStatus.ACTIVE) add("email", `Le compte ${email} est désactivé : réactivez-le d'abord.`);
      }
    }
    if (present("lastName")) add("lastName", nameProblem(v.lastName, NAME_MAX, "Le nom"));
    if (present("firstName")) add("firstName", nameProblem(v.firstName, NAME_MAX, "Le prénom"));

    let establishment: Establishment | undefined;
    if (present("siret")) {
      if (!/^\d{14}$/.test(v.siret)) add("siret", "Le SIRET doit comporter exactement 14 chiffres.");
      else {
        establishment = establishmentBySiret.get(v.siret);
        if (!establishment) add("siret", `Aucun établissement de ce réseau n'a le SIRET ${v.siret} : importez d'abord les établissements.`);
        else if (establishment.status === EstablishmentStatus.CLOSED)
          add("siret", `L'établissement ${establishment.name} est fermé : il ne reçoit plus de nouvelle affectation.`);
      }
    }

    let fn: StaffFunction | undefined;
    if (present("function")) {
      fn = FUNCTION_BY_TEXT.get(foldFunction(v.function));
      if (!fn) add("function", `Fonction inconnue « ${v.function} » : fonctions possibles ${FUNCTION_LIST}.`);
    }

    let startedOn = today;
    if (v.startedOn) {
      const date = parseFileDate(v.startedOn);
      if (!date) add("startedOn", `Date invalide « ${v.startedOn} » : écrivez-la JJ/MM/AAAA.`);
      else if (date > today) add("startedOn", "Une affectation ne peut pas commencer dans le futur.");
      else startedOn = date;
    }

    if (establishment && fn && email && user?.visible !== false) {
      const key = `${email}|${establishment.id}|${fn}`;
      const first = firstLineOf.get(key);
      if (first !== undefined) add("function", `Cette affectation figure déjà à la ligne ${first} du fichier.`);
      else {
        firstLineOf.set(key, line);
        if (user && held.has(`${user.id}|${establishment.id}|${fn}`))
          add("function", `Cette personne est déjà affectée à cet établissement comme « ${roleLabels[fn]} ».`);
      }
    }
    const displayName = `${v.firstName} ${v.lastName}`.replace(/\s+/g, " ").trim();
    if (ok && displayName.length > DISPLAY_NAME_MAX)
      add("lastName", `Le prénom et le nom comptent ensemble au plus ${DISPLAY_NAME_MAX} caractères.`);
    if (ok) rows.push({ line, email, displayName, establishment: establishment!, function: fn!, startedOn, userId: user?.id });
  }
  return { rows, problems: sortProblems(problems, STAFF_IMPORT_COLUMNS) };
}

/**
 * One transaction: the missing accounts (one per email, named by its first line) with their
 * invitation, then every assignment, each audited like `inviteUser` and `assignStaff`.
 */
function writeStaff(
  ctx: RequestContext,
  networkId: string,
  rows: StaffLine[],
  progress: ImportProgress,
): Promise<{ created: number; usersInvited: number }> {
  return ctx.transaction(async (tx) => {
    const total = rows.length;
    const newUsers = new Map<string, string>(); // email → displayName (first line wins)
    for (const r of rows) if (!r.userId && !newUsers.has(r.email)) newUsers.set(r.email, r.displayName);
    const userIdOf = new Map<string, string>(rows.filter((r) => r.userId).map((r) => [r.email, r.userId!]));
    if (newUsers.size) {
      const entries = [...newUsers.entries()];
      for (let i = 0; i < entries.length; i += 500) {
        const result = await tx.em
          .getRepository(User)
          .insert(
            entries
              .slice(i, i + 500)
              .map(([email, displayName]) => ({ email, displayName, status: UserStatus.ACTIVE, passwordHash: null })),
          );
        (result.identifiers as { id: string }[]).forEach(({ id }, k) => userIdOf.set(entries[i + k]![0], id));
      }
      for (const [email] of entries) {
        const userId = userIdOf.get(email)!;
        await createInvitation(tx, userId);
        await recordAuthEvent(tx, { action: "INVITE", userId, fields: ["email", "displayName", "roles"], networkId });
      }
    }
    const repo = tx.em.getRepository(RoleAssignment);
    let done = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      const result = await repo.insert(
        chunk.map((r) => ({
          userId: userIdOf.get(r.email)!,
          role: r.function,
          networkId,
          establishmentId: r.establishment.id,
          startedOn: r.startedOn,
        })),
      );
      for (const [k, { id }] of (result.identifiers as { id: string }[]).entries()) {
        await auditService.record(tx, {
          action: AuditAction.CREATE,
          entityType: "StaffAssignment",
          entityId: id,
          changedFields: ["userId", "establishmentId", "function", "startedOn"],
          networkId,
          establishmentId: chunk[k]!.establishment.id,
        });
        if (++done % PROGRESS_EVERY === 0) progress.report(done, total);
      }
    }
    progress.report(done, total);
    return { created: rows.length, usersInvited: newUsers.size };
  });
}
