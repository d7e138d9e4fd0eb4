import { Not, QueryFailedError, type EntityTarget, type FindOptionsWhere, type ObjectLiteral } from "typeorm";
import {
  AuditAction,
  CertificationCode,
  ErrorCode,
  ReferentialFileFormat,
  ReferentialStatus,
  dateRangeProblem,
  labels,
  type FieldProblem,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { auditService } from "../audit/index.js";
import { assertCan } from "../../core/permissions.js";
import { isUuid } from "../../core/find.js";
import { foldParams, foldSql, foldText } from "../../core/text-search.js";
import { ConflictError, DomainError, InputError, NotFoundError } from "../../core/errors.js";
import { likeContains } from "../../core/list.js";
import { documentToCsv, parseCsvDocument } from "./referential.csv.js";
import {
  clean,
  codeProblem,
  insertTree,
  mandatoryProblems,
  orderMandatory,
  parseJsonDocument,
  readDocument,
} from "./referential.document.js";
import { Certification, Criterion, Domain, Referential, SubDomain } from "./referential.entity.js";
import type {
  AddCriterionInput,
  AddDomainInput,
  AddSubDomainInput,
  CreateReferentialDraftInput,
  ImportReferentialInput,
  UpdateCriterionInput,
  UpdateDomainInput,
  UpdateReferentialDraftInput,
  UpdateSubDomainInput,
} from "./referential.inputs.js";
import type { ReferentialFile } from "./referential.types.js";

/**
 * The référentiels: reading the tree, searching criteria, and the life of a version — a DRAFT is
 * edited, imported or copied, then published; a PUBLISHED or RETIRED version never changes
 * (REFERENTIAL_IMMUTABLE), so evaluations made against it keep their meaning.
 *
 * Every change runs in one transaction that first locks the version's row: edits of one draft
 * are serialised, positions stay dense (0..n-1) and a publish cannot interleave with an edit.
 */

const CERTIFICATION_ORDER: CertificationCode[] = Object.values(CertificationCode);
const SEARCH_LIMIT = 200;
/** What a change of a version records in the audit trail (entity defaults to the returned row). */
interface ReferentialAudit {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  fields?: string[];
}
const EDIT_REFUSED = "Seule l'équipe nationale modifie les référentiels.";

const STATUS_FR: Record<ReferentialStatus, string> = { DRAFT: "un brouillon", PUBLISHED: "publiée", RETIRED: "retirée" };

function immutable(r: Referential): DomainError {
  return new DomainError(
    ErrorCode.REFERENTIAL_IMMUTABLE,
    `La version « ${r.version} » est ${STATUS_FR[r.status]} : elle ne peut plus être modifiée. Créez un brouillon à partir d'elle pour la faire évoluer.`,
    { referentialId: r.id, status: r.status },
  );
}

const CONSTRAINT_MESSAGES: Record<string, string> = {
  UQ_referential_version_per_certification: "Cette version existe déjà pour cette certification.",
  UQ_domain_code_per_referential: "Ce code de domaine est déjà utilisé dans cette version.",
  UQ_sub_domain_code_per_referential: "Ce code de sous-domaine est déjà utilisé dans cette version.",
  UQ_criterion_code_per_referential: "Ce code de critère est déjà utilisé dans cette version.",
};

function slug(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9.]+/g, "-")
      .replace(/^-+|-+$/g, "") || "referentiel"
  );
}

type Node = Domain | SubDomain | Criterion;

export class ReferentialService {
  // --- Reading -------------------------------------------------------------------------------

  async certifications(ctx: RequestContext): Promise<Certification[]> {
    const rows = await ctx.em.getRepository(Certification).find();
    return rows.sort((a, b) => CERTIFICATION_ORDER.indexOf(a.code) - CERTIFICATION_ORDER.indexOf(b.code));
  }

  async certification(ctx: RequestContext, code: CertificationCode): Promise<Certification> {
    const found = await ctx.em.getRepository(Certification).findOneBy({ code });
    if (!found) throw new NotFoundError(`Certification ${labels.CertificationCode[code] ?? code}`);
    return found;
  }

  async referential(ctx: RequestContext, id: string): Promise<Referential> {
    const found = isUuid(id) ? await ctx.em.getRepository(Referential).findOneBy({ id }) : null;
    if (!found) throw new NotFoundError("Version du référentiel");
    return found;
  }

  /** Criteria whose code or title contains `text`, ignoring case and accents, in tree order. */
  async searchCriteria(ctx: RequestContext, referentialId: string, text: string): Promise<Criterion[]> {
    const needle = foldText(text.trim());
    if (!needle) throw new InputError([{ field: "text", message: "Saisissez un texte à rechercher." }]);
    const referential = await this.referential(ctx, referentialId);
    return ctx.em
      .getRepository(Criterion)
      .createQueryBuilder("c")
      .innerJoin(SubDomain, "s", `s.id = c."subDomainId"`)
      .innerJoin(Domain, "d", `d.id = s."domainId"`)
      .where(`c."referentialId" = :rid`, { rid: referential.id })
      .andWhere(`(${foldSql(`c."title"`)} LIKE :pattern OR lower(c."code") LIKE :pattern)`, {
        pattern: likeContains(needle),
        ...foldParams,
      })
      .orderBy(`d."position"`)
      .addOrderBy(`s."position"`)
      .addOrderBy(`c."position"`)
      .limit(SEARCH_LIMIT)
      .getMany();
  }

  async exportReferential(ctx: RequestContext, id: string, format: ReferentialFileFormat): Promise<ReferentialFile> {
    const referential = await this.referential(ctx, id);
    const doc = await readDocument(ctx.em, referential);
    await auditService.record(ctx, {
      action: AuditAction.EXPORT,
      entityType: "Referential",
      entityId: referential.id,
      changedFields: [format],
    });
    const base = `${slug(doc.certification)}-${slug(doc.version)}`;
    if (format === ReferentialFileFormat.CSV)
      return { filename: `${base}.csv`, mimeType: "text/csv; charset=utf-8", content: documentToCsv(doc) };
    return { filename: `${base}.json`, mimeType: "application/json; charset=utf-8", content: JSON.stringify(doc, null, 2) + "\n" };
  }

  // --- Versions ------------------------------------------------------------------------------

  /** A new DRAFT, a deep copy of `copyFromId` (default: the PUBLISHED version, else empty). */
  async createReferentialDraft(ctx: RequestContext, input: CreateReferentialDraftInput): Promise<Referential> {
    return this.mutate(
      ctx,
      async (tx) => {
        const certification = await this.certification(tx, input.certificationCode);
        let source: Referential | null;
        if (input.copyFromId) {
          source = await this.referential(tx, input.copyFromId);
          if (source.certificationId !== certification.id)
            throw new InputError([{ field: "copyFromId", message: "La version à copier n'appartient pas à cette certification." }]);
        } else {
          source = await tx.em
            .getRepository(Referential)
            .findOneBy({ certificationId: certification.id, status: ReferentialStatus.PUBLISHED });
        }
        const version = input.version.trim();
        await this.assertVersionFree(tx, certification.id, version);
        const doc = source ? await readDocument(tx.em, source) : null;
        const draft = await tx.em.getRepository(Referential).save(
          tx.em.getRepository(Referential).create({
            certificationId: certification.id,
            version,
            label: input.label.trim(),
            status: ReferentialStatus.DRAFT,
            effectiveFrom: null,
            effectiveTo: null,
            publishedAt: null,
            notes: doc?.notes ?? [],
          }),
        );
        if (doc) await insertTree(tx.em, draft.id, doc.domains);
        return draft;
      },
      { action: AuditAction.CREATE },
    );
  }

  async updateReferentialDraft(ctx: RequestContext, id: string, input: UpdateReferentialDraftInput): Promise<Referential> {
    return this.mutate(
      ctx,
      async (tx) => {
        const r = await this.lockDraft(tx, id);
        const changes: Partial<Referential> = {};
        if (input.version != null && input.version.trim() !== r.version) {
          changes.version = input.version.trim();
          await this.assertVersionFree(tx, r.certificationId, changes.version);
        }
        if (input.label != null) changes.label = input.label.trim();
        if (input.effectiveFrom !== undefined) changes.effectiveFrom = input.effectiveFrom;
        if (input.effectiveTo !== undefined) changes.effectiveTo = input.effectiveTo;
        const range = dateRangeProblem(changes.effectiveFrom ?? r.effectiveFrom, changes.effectiveTo ?? r.effectiveTo);
        if (range) throw new InputError([{ field: "effectiveTo", message: range }]);
        if (input.notes != null) changes.notes = input.notes.map((n) => n.trim()).filter(Boolean);
        if (Object.keys(changes).length) await tx.em.getRepository(Referential).update(r.id, changes);
        return tx.em.getRepository(Referential).findOneByOrFail({ id: r.id });
      },
      { action: AuditAction.UPDATE, fields: Object.keys(input) },
    );
  }

  async deleteReferentialDraft(ctx: RequestContext, id: string): Promise<boolean> {
    return this.mutate(
      ctx,
      async (tx) => {
        const r = await this.lockDraft(tx, id);
        await tx.em.getRepository(Referential).delete(r.id);
        return true;
      },
      { action: AuditAction.DELETE, entityType: "Referential", entityId: id },
    );
  }

  /** DRAFT → PUBLISHED; the version published until now becomes RETIRED, in the same transaction. */
  async publishReferential(ctx: RequestContext, id: string): Promise<Referential> {
    return this.mutate(
      ctx,
      async (tx) => {
        const r = await this.lockDraft(tx, id);
        // One publish at a time per certification: the previous PUBLISHED version is read under lock.
        await tx.em
          .getRepository(Certification)
          .createQueryBuilder("c")
          .setLock("pessimistic_write")
          .where("c.id = :id", { id: r.certificationId })
          .getOneOrFail();
        const domains = await tx.em.getRepository(Domain).countBy({ referentialId: r.id });
        if (domains === 0)
          throw new DomainError(
            ErrorCode.INVALID_TRANSITION,
            "Une version sans domaine ne peut pas être publiée : ajoutez au moins un domaine.",
          );
        await tx.em
          .getRepository(Referential)
          .update({ certificationId: r.certificationId, status: ReferentialStatus.PUBLISHED }, { status: ReferentialStatus.RETIRED });
        await tx.em.getRepository(Referential).update(r.id, { status: ReferentialStatus.PUBLISHED, publishedAt: new Date() });
        return tx.em.getRepository(Referential).findOneByOrFail({ id: r.id });
      },
      { action: AuditAction.PUBLISH },
    );
  }

  /** A JSON or CSV file as a new DRAFT; an invalid file is refused with all its problems. */
  async importReferential(ctx: RequestContext, input: ImportReferentialInput): Promise<Referential> {
    assertCan(ctx, "referential.edit", undefined, EDIT_REFUSED);
    const certification = await this.certification(ctx, input.certificationCode);
    const parsed =
      input.format === ReferentialFileFormat.CSV
        ? parseCsvDocument(input.content, certification.code)
        : parseJsonDocument(input.content, certification.code);
    if (!parsed.document) {
      const n = parsed.problems.length;
      throw new DomainError(ErrorCode.INVALID_IMPORT, `Le fichier comporte ${n} erreur${n > 1 ? "s" : ""} ; rien n'a été importé.`, {
        problems: parsed.problems,
      });
    }
    const doc = parsed.document;
    return this.mutate(
      ctx,
      async (tx) => {
        const version = input.version.trim();
        await this.assertVersionFree(tx, certification.id, version);
        const draft = await tx.em.getRepository(Referential).save(
          tx.em.getRepository(Referential).create({
            certificationId: certification.id,
            version,
            label: input.label.trim(),
            status: ReferentialStatus.DRAFT,
            effectiveFrom: doc.effectiveFrom ?? null,
            effectiveTo: doc.effectiveTo ?? null,
            publishedAt: null,
            notes: doc.notes ?? [],
          }),
        );
        await insertTree(tx.em, draft.id, doc.domains);
        return draft;
      },
      { action: AuditAction.IMPORT },
    );
  }

  // --- Domains -------------------------------------------------------------------------------

  async addDomain(ctx: RequestContext, referentialId: string, input: AddDomainInput): Promise<Domain> {
    return this.mutate(
      ctx,
      async (tx) => {
        const r = await this.lockDraft(tx, referentialId);
        await this.assertCodeFree(tx, Domain, r.id, input.code);
        const repo = tx.em.getRepository(Domain);
        const position = await repo.countBy({ referentialId: r.id });
        return repo.save(
          repo.create({
            referentialId: r.id,
            code: input.code,
            title: input.title.trim(),
            shortTitle: clean(input.shortTitle),
            note: clean(input.note),
            position,
          }),
        );
      },
      { action: AuditAction.CREATE },
    );
  }

  /** A new code renumbers the domain's sub-domains and criteria (D1.2.3 → D8.2.3) with it. */
  async updateDomain(ctx: RequestContext, id: string, input: UpdateDomainInput): Promise<Domain> {
    return this.mutate(
      ctx,
      async (tx) => {
        const d = await this.lockNode(tx, Domain, id, "Domaine");
        const changes: Partial<Domain> = {};
        if (input.code != null && input.code !== d.code) {
          await this.assertCodeFree(tx, Domain, d.referentialId, input.code, d.id);
          const params = [input.code, d.code.length, d.id];
          await tx.em.query(
            `UPDATE "criterion" SET "code" = $1::text || substr("code", $2::int + 1), "updatedAt" = now()
           WHERE "subDomainId" IN (SELECT "id" FROM "sub_domain" WHERE "domainId" = $3)`,
            params,
          );
          await tx.em.query(
            `UPDATE "sub_domain" SET "code" = $1::text || substr("code", $2::int + 1),
             "mandatoryCriteria" = ARRAY(SELECT $1::text || substr(m, $2::int + 1)
                                         FROM unnest("mandatoryCriteria") WITH ORDINALITY AS u(m, i) ORDER BY i),
             "updatedAt" = now()
           WHERE "domainId" = $3`,
            params,
          );
          changes.code = input.code;
        }
        if (input.title != null) changes.title = input.title.trim();
        if (input.shortTitle !== undefined) changes.shortTitle = clean(input.shortTitle);
        if (input.note !== undefined) changes.note = clean(input.note);
        if (Object.keys(changes).length) await tx.em.getRepository(Domain).update(d.id, changes);
        return tx.em.getRepository(Domain).findOneByOrFail({ id: d.id });
      },
      { action: AuditAction.UPDATE, fields: Object.keys(input) },
    );
  }

  async removeDomain(ctx: RequestContext, id: string): Promise<Referential> {
    return this.remove(ctx, Domain, id, "Domaine", (d) => ({ referentialId: d.referentialId }));
  }

  async moveDomain(ctx: RequestContext, id: string, position: number): Promise<Referential> {
    return this.move(ctx, Domain, id, position, "Domaine", (d) => ({ referentialId: d.referentialId }));
  }

  // --- Sub-domains ---------------------------------------------------------------------------

  async addSubDomain(ctx: RequestContext, domainId: string, input: AddSubDomainInput): Promise<SubDomain> {
    return this.mutate(
      ctx,
      async (tx) => {
        const d = await this.lockNode(tx, Domain, domainId, "Domaine");
        const problems: FieldProblem[] = [];
        const code = codeProblem("subDomain", input.code, d.code);
        if (code) problems.push({ field: "code", message: code });
        for (const message of mandatoryProblems(input.mandatoryCriteria ?? [], [])) problems.push({ field: "mandatoryCriteria", message });
        if (problems.length) throw new InputError(problems);
        await this.assertCodeFree(tx, SubDomain, d.referentialId, input.code);
        const repo = tx.em.getRepository(SubDomain);
        const position = await repo.countBy({ domainId: d.id });
        return repo.save(
          repo.create({
            referentialId: d.referentialId,
            domainId: d.id,
            code: input.code,
            title: clean(input.title),
            note: clean(input.note),
            position,
            ...(input.thresholdPercent != null ? { thresholdPercent: input.thresholdPercent } : {}),
            mandatoryCriteria: [],
          }),
        );
      },
      { action: AuditAction.CREATE },
    );
  }

  /** A new code renumbers the sub-domain's criteria (and its mandatory list) with it. */
  async updateSubDomain(ctx: RequestContext, id: string, input: UpdateSubDomainInput): Promise<SubDomain> {
    return this.mutate(
      ctx,
      async (tx) => {
        const s = await this.lockNode(tx, SubDomain, id, "Sous-domaine");
        const criteria = await tx.em.getRepository(Criterion).find({ where: { subDomainId: s.id }, order: { position: "ASC" } });
        const code = input.code ?? s.code;
        const renumber = (c: string) => code + c.slice(s.code.length);
        const criterionCodes = criteria.map((c) => renumber(c.code));
        const problems: FieldProblem[] = [];
        if (code !== s.code) {
          const d = await tx.em.getRepository(Domain).findOneByOrFail({ id: s.domainId });
          const message = codeProblem("subDomain", code, d.code);
          if (message) problems.push({ field: "code", message });
        }
        if (input.mandatoryCriteria != null)
          for (const message of mandatoryProblems(input.mandatoryCriteria, criterionCodes))
            problems.push({ field: "mandatoryCriteria", message });
        if (problems.length) throw new InputError(problems);

        const changes: Partial<SubDomain> = {};
        if (code !== s.code) {
          await this.assertCodeFree(tx, SubDomain, s.referentialId, code, s.id);
          await tx.em.query(
            `UPDATE "criterion" SET "code" = $1::text || substr("code", $2::int + 1), "updatedAt" = now() WHERE "subDomainId" = $3`,
            [code, s.code.length, s.id],
          );
          changes.code = code;
          changes.mandatoryCriteria = s.mandatoryCriteria.map(renumber);
        }
        if (input.mandatoryCriteria != null) changes.mandatoryCriteria = orderMandatory(input.mandatoryCriteria, criterionCodes);
        if (input.title !== undefined) changes.title = clean(input.title);
        if (input.note !== undefined) changes.note = clean(input.note);
        if (input.thresholdPercent != null) changes.thresholdPercent = input.thresholdPercent;
        if (Object.keys(changes).length) await tx.em.getRepository(SubDomain).update(s.id, changes);
        return tx.em.getRepository(SubDomain).findOneByOrFail({ id: s.id });
      },
      { action: AuditAction.UPDATE, fields: Object.keys(input) },
    );
  }

  async removeSubDomain(ctx: RequestContext, id: string): Promise<Referential> {
    return this.remove(ctx, SubDomain, id, "Sous-domaine", (s) => ({ domainId: s.domainId }));
  }

  async moveSubDomain(ctx: RequestContext, id: string, position: number): Promise<Referential> {
    return this.move(ctx, SubDomain, id, position, "Sous-domaine", (s) => ({ domainId: s.domainId }));
  }

  // --- Criteria ------------------------------------------------------------------------------

  async addCriterion(ctx: RequestContext, subDomainId: string, input: AddCriterionInput): Promise<Criterion> {
    return this.mutate(
      ctx,
      async (tx) => {
        const s = await this.lockNode(tx, SubDomain, subDomainId, "Sous-domaine");
        const code = codeProblem("criterion", input.code, s.code);
        if (code) throw new InputError([{ field: "code", message: code }]);
        await this.assertCodeFree(tx, Criterion, s.referentialId, input.code);
        const repo = tx.em.getRepository(Criterion);
        const position = await repo.countBy({ subDomainId: s.id });
        return repo.save(
          repo.create({
            referentialId: s.referentialId,
            subDomainId: s.id,
            code: input.code,
            title: input.title.trim(),
            note: clean(input.note),
            position,
          }),
        );
      },
      { action: AuditAction.CREATE },
    );
  }

  async updateCriterion(ctx: RequestContext, id: string, input: UpdateCriterionInput): Promise<Criterion> {
    return this.mutate(
      ctx,
      async (tx) => {
        const c = await this.lockNode(tx, Criterion, id, "Critère");
        const changes: Partial<Criterion> = {};
        if (input.code != null && input.code !== c.code) {
          const s = await tx.em.getRepository(SubDomain).findOneByOrFail({ id: c.subDomainId });
          const message = codeProblem("criterion", input.code, s.code);
          if (message) throw new InputError([{ field: "code", message }]);
          await this.assertCodeFree(tx, Criterion, c.referentialId, input.code, c.id);
          await tx.em.query(
            `UPDATE "sub_domain" SET "mandatoryCriteria" = array_replace("mandatoryCriteria", $1::text, $2::text) WHERE "id" = $3`,
            [c.code, input.code, s.id],
          );
          changes.code = input.code;
        }
        if (input.title != null) changes.title = input.title.trim();
        if (input.note !== undefined) changes.note = clean(input.note);
        if (Object.keys(changes).length) await tx.em.getRepository(Criterion).update(c.id, changes);
        return tx.em.getRepository(Criterion).findOneByOrFail({ id: c.id });
      },
      { action: AuditAction.UPDATE, fields: Object.keys(input) },
    );
  }

  /** Removing a criterion also takes it out of its sub-domain's mandatory criteria. */
  async removeCriterion(ctx: RequestContext, id: string): Promise<Referential> {
    return this.remove(
      ctx,
      Criterion,
      id,
      "Critère",
      (c) => ({ subDomainId: c.subDomainId }),
      async (tx, c) => {
        await tx.em.query(`UPDATE "sub_domain" SET "mandatoryCriteria" = array_remove("mandatoryCriteria", $1::text) WHERE "id" = $2`, [
          c.code,
          c.subDomainId,
        ]);
      },
    );
  }

  async moveCriterion(ctx: RequestContext, id: string, position: number): Promise<Referential> {
    return this.move(ctx, Criterion, id, position, "Critère", (c) => ({ subDomainId: c.subDomainId }));
  }

  // --- Shared steps --------------------------------------------------------------------------

  /** One transaction; afterwards the request's loaders forget what they read; races on unique codes → CONFLICT. */
  private async mutate<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>, audit: ReferentialAudit): Promise<T> {
    assertCan(ctx, "referential.edit", undefined, EDIT_REFUSED);
    try {
      return await ctx.transaction(async (tx) => {
        const result = await work(tx);
        // The act and its audit event commit together (or neither).
        const row = result as { id?: string; constructor?: { name?: string } } | boolean;
        await auditService.record(tx, {
          action: audit.action,
          entityType: audit.entityType ?? (typeof row === "object" ? row.constructor?.name : undefined) ?? "Referential",
          entityId: audit.entityId ?? (typeof row === "object" ? row.id : undefined) ?? null,
          changedFields: audit.fields ?? [],
        });
        return result;
      });
    } catch (e) {
      const driverError = e instanceof QueryFailedError ? (e.driverError as { code?: string; constraint?: string }) : undefined;
      if (driverError?.code === "23505")
        throw new ConflictError(CONSTRAINT_MESSAGES[driverError.constraint ?? ""] ?? "Cet élément existe déjà.");
      throw e;
    } finally {
      ctx.clearLoaders();
    }
  }

  /** The version's row, locked until the transaction ends; refused unless it is a DRAFT. */
  private async lockDraft(tx: RequestContext, id: string): Promise<Referential> {
    const r = isUuid(id)
      ? await tx.em.getRepository(Referential).createQueryBuilder("r").setLock("pessimistic_write").where("r.id = :id", { id }).getOne()
      : null;
    if (!r) throw new NotFoundError("Version du référentiel");
    if (r.status !== ReferentialStatus.DRAFT) throw immutable(r);
    return r;
  }

  /** A node of a DRAFT version, read again once its version is locked. */
  private async lockNode<T extends Node>(tx: RequestContext, entity: EntityTarget<T>, id: string, what: string): Promise<T> {
    const repo = tx.em.getRepository(entity);
    const where = { id } as FindOptionsWhere<T>;
    const first = isUuid(id) ? await repo.findOneBy(where) : null;
    if (!first) throw new NotFoundError(what);
    await this.lockDraft(tx, first.referentialId);
    const node = await repo.findOneBy(where);
    if (!node) throw new NotFoundError(what);
    return node;
  }

  private async assertVersionFree(tx: RequestContext, certificationId: string, version: string): Promise<void> {
    if (await tx.em.getRepository(Referential).existsBy({ certificationId, version }))
      throw new ConflictError(`La version « ${version} » existe déjà pour cette certification.`, { field: "version" });
  }

  private async assertCodeFree<T extends Node>(
    tx: RequestContext,
    entity: EntityTarget<T>,
    referentialId: string,
    code: string,
    exceptId?: string,
  ): Promise<void> {
    const where = { referentialId, code, ...(exceptId ? { id: Not(exceptId) } : {}) } as FindOptionsWhere<T>;
    if (await tx.em.getRepository(entity).existsBy(where))
      throw new ConflictError(`Le code « ${code} » est déjà utilisé dans cette version.`, { field: "code" });
  }

  /** Deletes a node (its descendants go with it, ON DELETE CASCADE) and closes the gap in its siblings' positions. */
  private async remove<T extends Node>(
    ctx: RequestContext,
    entity: EntityTarget<T>,
    id: string,
    what: string,
    siblings: (node: T) => Record<string, string>,
    before?: (tx: RequestContext, node: T) => Promise<void>,
  ): Promise<Referential> {
    return this.mutate(
      ctx,
      async (tx) => {
        const node = await this.lockNode(tx, entity, id, what);
        await before?.(tx, node);
        await tx.em.getRepository(entity).delete(node.id);
        await this.shift(tx, entity, siblings(node), "- 1", "position > :from", { from: node.position });
        return tx.em.getRepository(Referential).findOneByOrFail({ id: node.referentialId });
      },
      { action: AuditAction.DELETE, entityType: (entity as { name: string }).name, entityId: id },
    );
  }

  /** Moves a node to a 0-based position among its siblings; the others shift by one. */
  private async move<T extends Node>(
    ctx: RequestContext,
    entity: EntityTarget<T>,
    id: string,
    to: number,
    what: string,
    siblings: (node: T) => Record<string, string>,
  ): Promise<Referential> {
    return this.mutate(
      ctx,
      async (tx) => {
        const node = await this.lockNode(tx, entity, id, what);
        const scope = siblings(node);
        const count = await tx.em.getRepository(entity).countBy(scope as FindOptionsWhere<T>);
        if (!Number.isInteger(to) || to < 0 || to >= count)
          throw new InputError([{ field: "position", message: `La position doit être comprise entre 0 et ${count - 1}.` }]);
        const from = node.position;
        if (to < from) await this.shift(tx, entity, scope, "+ 1", "position >= :to AND position < :from", { from, to });
        if (to > from) await this.shift(tx, entity, scope, "- 1", "position > :from AND position <= :to", { from, to });
        if (to !== from) await tx.em.getRepository(entity).update(node.id, { position: to } as never);
        return tx.em.getRepository(Referential).findOneByOrFail({ id: node.referentialId });
      },
      { action: AuditAction.UPDATE, entityType: (entity as { name: string }).name, entityId: id, fields: ["position"] },
    );
  }

  private async shift<T extends ObjectLiteral>(
    tx: RequestContext,
    entity: EntityTarget<T>,
    scope: Record<string, string>,
    delta: "+ 1" | "- 1",
    range: string,
    params: Record<string, number>,
  ): Promise<void> {
    const qb = tx.em
      .createQueryBuilder()
      .update(entity)
      .set({ position: () => `"position" ${delta}` } as never)
      .where(range.replace(/position/g, `"position"`), params);
    for (const [column, value] of Object.entries(scope)) qb.andWhere(`"${column}" = :${column}`, { [column]: value });
    await qb.execute();
  }
}

export const referentialService = new ReferentialService();
