import { randomBytes, randomUUID } from "node:crypto";
import {
  ageBandOf,
  AuditAction,
  birthDateProblem,
  collectProblems,
  emailProblem,
  ErrorCode,
  EstablishmentStatus,
  nameProblem,
  phoneProblem,
  siretProblem,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { todayInFrance } from "../../core/dates.js";
import { assertNoProblems, DomainError, InputError } from "../../core/errors.js";
import { findOrFail } from "../../core/find.js";
import type { ListArgs } from "../../core/collection.js";
import { mapConnection, type ConnectionShape } from "../../core/list.js";
import { assertCan } from "../../core/permissions.js";
import { scopedQuery } from "../../core/scope.js";
import { foldText } from "../../core/text-search.js";
import { audited, changedFieldNames } from "../audit/index.js";
import { Establishment } from "../establishment/index.js";
import { Candidate, CandidateIdempotency } from "./candidate.entity.js";
import { CANDIDATE_LIMITS, type CandidateAddressInput, type CreateCandidateInput, type UpdateCandidateInput } from "./candidate.inputs.js";
import type { CandidateView } from "./candidate.types.js";
import { candidateList } from "./candidate.list.js";

/** The columns a caller writes (the rest — ids, network, pseudonym, identity key — the service derives). */
type CandidateFields = Pick<
  Candidate,
  | "birthLastName"
  | "usualName"
  | "firstNames"
  | "birthDate"
  | "birthPlace"
  | "bornAbroad"
  | "gender"
  | "email"
  | "phone"
  | "addressLine"
  | "addressComplement"
  | "postalCode"
  | "city"
  | "entryStatus"
  | "qualificationLevel"
  | "prescriber"
  | "employerSiret"
>;

/** The read model of a row; personal fields are guarded by core/personal-data.ts, not here. */
export function candidateView(c: Candidate, today = todayInFrance()): CandidateView {
  const hasAddress = c.addressLine != null || c.postalCode != null || c.city != null;
  return {
    id: c.id,
    pseudonym: c.pseudonym,
    gender: c.gender,
    ageBand: ageBandOf(c.birthDate, today),
    entryStatus: c.entryStatus,
    qualificationLevel: c.qualificationLevel,
    prescriber: c.prescriber,
    establishmentId: c.establishmentId,
    networkId: c.networkId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastName: c.birthLastName,
    usualName: c.usualName,
    firstNames: c.firstNames,
    birthDate: c.birthDate,
    birthPlace: c.birthPlace,
    bornAbroad: c.bornAbroad,
    email: c.email,
    phone: c.phone,
    address: hasAddress ? { line: c.addressLine, complement: c.addressComplement, postalCode: c.postalCode, city: c.city } : null,
    employerSiret: c.employerSiret,
  };
}

/** Crockford's base 32 (no I, L, O, U): readable aloud, no ambiguous letters. */
const PSEUDONYM_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** `C-` and 10 random characters (50 bits): unguessable, stable, unrelated to the identity. */
export function newPseudonym(): string {
  return "C-" + [...randomBytes(10)].map((b) => PSEUDONYM_ALPHABET[b % 32]).join("");
}

/** Names folded for comparison: case, accents, ligatures; hyphens, apostrophes and spaces alike. */
const foldName = (s: string) =>
  foldText(s)
    .replace(/[\s'-]+/g, " ")
    .trim();
export const identityKeyOf = (f: Pick<Candidate, "birthLastName" | "firstNames" | "birthDate">) =>
  `${foldName(f.birthLastName)}|${foldName(f.firstNames)}|${f.birthDate}`;

/** Every rule on a candidate's fields, checked on the values the row would have once written. */
function candidateProblems(f: CandidateFields) {
  return collectProblems({
    lastName: nameProblem(f.birthLastName, CANDIDATE_LIMITS.lastName, "Le nom de naissance"),
    usualName: f.usualName == null ? null : nameProblem(f.usualName, CANDIDATE_LIMITS.usualName, "Le nom d'usage"),
    firstNames: nameProblem(f.firstNames, CANDIDATE_LIMITS.firstNames, "Le prénom"),
    birthDate: birthDateProblem(f.birthDate, todayInFrance()),
    birthPlace: nameProblem(f.birthPlace, CANDIDATE_LIMITS.birthPlace, "La ville de naissance"),
    email: emailProblem(f.email),
    phone: f.phone == null ? null : phoneProblem(f.phone),
    employerSiret: f.employerSiret == null ? null : siretProblem(f.employerSiret),
  });
}

const trimmed = (s: string | null | undefined) => (s == null ? null : s.trim() || null);
const phoneOf = (s: string | null | undefined) => (s == null ? null : s.trim().replace(/\s+/g, " ") || null);

function addressFields(a: CandidateAddressInput | null | undefined) {
  return {
    addressLine: trimmed(a?.line),
    addressComplement: trimmed(a?.complement),
    postalCode: trimmed(a?.postalCode),
    city: trimmed(a?.city),
  };
}

export const LIKELY_DUPLICATE_MESSAGE =
  "Un candidat du réseau a déjà ces nom de naissance, prénoms et date de naissance. Vérifiez qu'il ne s'agit pas de la même personne, puis confirmez l'inscription si ce n'est pas le cas.";

/** Thrown inside the creation's transaction when another request already used the key: rolls it back. */
class IdempotentReplay extends Error {}

export const IDEMPOTENCY_KEY_MAX = 100;

export const candidateService = {
  /** Candidates as asked (by pseudonym by default: never by name, the order would reveal names). */
  async list(ctx: RequestContext, args: ListArgs): Promise<ConnectionShape<CandidateView>> {
    const today = todayInFrance();
    return mapConnection(await candidateList.page(ctx, args), (c) => candidateView(c, today));
  },

  async get(ctx: RequestContext, id: string): Promise<CandidateView> {
    return candidateView(await findOrFail(ctx, Candidate, id, "Candidat"));
  },

  /**
   * Registers a candidate. With an idempotency key, the same key from the same user gives the
   * same candidate, also when the requests run at once (the key's row is written first in the
   * transaction; a concurrent request waits on it, then replays). A likely duplicate in the
   * network is refused with LIKELY_DUPLICATE unless `confirmLikelyDuplicate`.
   */
  async create(
    ctx: RequestContext,
    input: CreateCandidateInput,
    options: { idempotencyKey?: string | null; confirmLikelyDuplicate?: boolean | null } = {},
  ): Promise<CandidateView> {
    const key = options.idempotencyKey?.trim() || null;
    if (key && key.length > IDEMPOTENCY_KEY_MAX)
      throw new InputError([
        { field: "idempotencyKey", message: `La clé d'idempotence compte au plus ${IDEMPOTENCY_KEY_MAX} caractères.` },
      ]);
    const creatorId = ctx.principal?.userId ?? null;
    const idempotent = key && creatorId ? { key, creatorId } : null;
    if (idempotent) {
      const replay = await candidateService.replay(ctx, idempotent);
      if (replay) return replay;
    }

    const establishment = await findOrFail(ctx, Establishment, input.establishmentId, "Établissement");
    assertCan(
      ctx,
      "candidate.register",
      { networkId: establishment.networkId, establishmentId: establishment.id },
      "Vous ne pouvez pas inscrire de candidat dans cet établissement.",
    );
    if (establishment.status === EstablishmentStatus.CLOSED)
      throw new InputError([{ field: "establishmentId", message: "Cet établissement est fermé : il ne peut plus inscrire de candidat." }]);

    const fields: CandidateFields = {
      birthLastName: input.lastName.trim(),
      usualName: trimmed(input.usualName),
      firstNames: input.firstNames.trim(),
      birthDate: input.birthDate,
      birthPlace: input.birthPlace.trim(),
      bornAbroad: input.bornAbroad ?? false,
      gender: input.gender,
      email: input.email.trim().toLowerCase(),
      phone: phoneOf(input.phone),
      ...addressFields(input.address),
      entryStatus: input.entryStatus,
      qualificationLevel: input.qualificationLevel,
      prescriber: input.prescriber,
      employerSiret: trimmed(input.employerSiret),
    };
    assertNoProblems(candidateProblems(fields));
    const identityKey = identityKeyOf(fields);
    const id = randomUUID();

    try {
      return await audited(
        ctx,
        async (tx) => {
          if (idempotent) {
            const claimed: unknown[] = await tx.em.query(
              `INSERT INTO candidate_idempotency ("createdById", key, "candidateId") VALUES ($1, $2, $3)
               ON CONFLICT DO NOTHING RETURNING "candidateId"`,
              [idempotent.creatorId, idempotent.key, id],
            );
            if (claimed.length === 0) throw new IdempotentReplay();
          }
          // One registration at a time per identity and network, so that the duplicate check
          // below cannot be passed by two requests at once.
          await tx.em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
            `candidate:${establishment.networkId}:${identityKey}`,
          ]);
          if (!options.confirmLikelyDuplicate) await assertNoLikelyDuplicate(tx, establishment.networkId, identityKey);
          await tx.em.getRepository(Candidate).insert({
            ...fields,
            id,
            identityKey,
            pseudonym: newPseudonym(),
            networkId: establishment.networkId,
            establishmentId: establishment.id,
          });
          return tx.em.getRepository(Candidate).findOneByOrFail({ id });
        },
        (c) => ({
          action: AuditAction.CREATE,
          entityType: "Candidate",
          entityId: c.id,
          changedFields: [...Object.keys(fields), "establishmentId"],
          networkId: c.networkId,
          establishmentId: c.establishmentId,
        }),
      ).then((c) => candidateView(c));
    } catch (err) {
      if (err instanceof IdempotentReplay && idempotent) {
        const replay = await candidateService.replay(ctx, idempotent);
        if (replay) return replay;
      }
      throw err;
    }
  },

  /** The candidate an idempotency key already created, if any (read in the caller's scope). */
  async replay(ctx: RequestContext, k: { key: string; creatorId: string }): Promise<CandidateView | null> {
    const record = await ctx.em.getRepository(CandidateIdempotency).findOneBy({ createdById: k.creatorId, key: k.key });
    return record ? candidateService.get(ctx, record.candidateId) : null;
  },

  async update(ctx: RequestContext, id: string, input: UpdateCandidateInput): Promise<CandidateView> {
    const candidate = await findOrFail(ctx, Candidate, id, "Candidat");
    assertCan(
      ctx,
      "candidate.register",
      { networkId: candidate.networkId, establishmentId: candidate.establishmentId },
      "Vous ne pouvez pas modifier ce candidat.",
    );
    // Required fields: null or absent keeps the value. Optional ones: null clears, absent keeps.
    const changes: Partial<CandidateFields> = {};
    if (input.lastName != null) changes.birthLastName = input.lastName.trim();
    if (input.firstNames != null) changes.firstNames = input.firstNames.trim();
    if (input.birthDate != null) changes.birthDate = input.birthDate;
    if (input.birthPlace != null) changes.birthPlace = input.birthPlace.trim();
    if (input.bornAbroad != null) changes.bornAbroad = input.bornAbroad;
    if (input.gender != null) changes.gender = input.gender;
    if (input.email != null) changes.email = input.email.trim().toLowerCase();
    if (input.entryStatus != null) changes.entryStatus = input.entryStatus;
    if (input.qualificationLevel != null) changes.qualificationLevel = input.qualificationLevel;
    if (input.prescriber != null) changes.prescriber = input.prescriber;
    if (input.usualName !== undefined) changes.usualName = trimmed(input.usualName);
    if (input.phone !== undefined) changes.phone = phoneOf(input.phone);
    if (input.employerSiret !== undefined) changes.employerSiret = trimmed(input.employerSiret);
    if (input.address !== undefined) Object.assign(changes, addressFields(input.address));

    const next = { ...candidate, ...changes };
    assertNoProblems(candidateProblems(next));
    const changed = changedFieldNames(candidate, changes);
    if (changed.length === 0) return candidateView(candidate);
    const identityKey = identityKeyOf(next);
    const updated = await audited(
      ctx,
      async (tx) => {
        await tx.em.getRepository(Candidate).update({ id }, { ...changes, identityKey });
        return tx.em.getRepository(Candidate).findOneByOrFail({ id });
      },
      (c) => ({
        action: AuditAction.UPDATE,
        entityType: "Candidate",
        entityId: c.id,
        changedFields: changed,
        networkId: c.networkId,
        establishmentId: c.establishmentId,
      }),
    );
    ctx.clearLoaders();
    return candidateView(updated);
  },
};

/**
 * LIKELY_DUPLICATE when the network already holds a candidate with the same identity key. The
 * check covers the whole network; `extensions.duplicates` lists only the ids the caller may read.
 */
async function assertNoLikelyDuplicate(ctx: RequestContext, networkId: string, identityKey: string): Promise<void> {
  const matches: { id: string }[] = await ctx.em.query(
    `SELECT id FROM candidate WHERE "networkId" = $1 AND "identityKey" = $2 ORDER BY "createdAt", id LIMIT 20`,
    [networkId, identityKey],
  );
  if (matches.length === 0) return;
  const visible = await scopedQuery(ctx, Candidate, "c")
    .select("c.id", "id")
    .andWhere("c.id IN (:...ids)", { ids: matches.map((m) => m.id) })
    .orderBy("c.createdAt")
    .getRawMany<{ id: string }>();
  throw new DomainError(ErrorCode.LIKELY_DUPLICATE, LIKELY_DUPLICATE_MESSAGE, { duplicates: visible.map((v) => v.id) });
}
