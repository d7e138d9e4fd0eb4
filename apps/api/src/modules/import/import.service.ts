import { AuditAction, findDepartment, sirenProblem } from "@clea/schema";
import { In } from "typeorm";
import type { RequestContext } from "../../core/context.js";
import { scopedQuery } from "../../core/scope.js";
import { mapUniqueViolation } from "../../core/unique-violation.js";
import { auditService } from "../audit/index.js";
import { Establishment, establishmentProblems } from "../establishment/index.js";
import { Organisation } from "../organisation/index.js";
import { ESTABLISHMENT_IMPORT_COLUMNS, headerOf, type ImportColumnKey, type ImportRow } from "./import.columns.js";
import type { ImportProblemShape, ReadRow } from "./import.file.js";
import type { ImportProgress } from "./import-job.js";
import { fromBase64, runImport, sortProblems, type ImportDefinition, type ImportSource } from "./import.pipeline.js";
import { importTemplate } from "./import.template.js";
import type { ImportFileInput, ImportReport } from "./import.types.js";

const REQUIRED_MESSAGE: Record<ImportColumnKey, string> = {
  organisationSiren: "Le SIREN de l'organisme est obligatoire.",
  siret: "Le SIRET est obligatoire.",
  name: "Le nom de l'établissement est obligatoire.",
  addressLine: "L'adresse est obligatoire.",
  postalCode: "Le code postal est obligatoire.",
  city: "La ville est obligatoire.",
  departmentCode: "Le code département est obligatoire.",
};

interface CheckedRow {
  line: number;
  values: ImportRow;
  organisation?: Organisation;
}

const INSERT_CHUNK = 500;
/** Progress is reported every this many lines written. */
export const PROGRESS_EVERY = 50;

export const establishmentImport: ImportDefinition<ImportRow, CheckedRow> = {
  columns: ESTABLISHMENT_IMPORT_COLUMNS,
  forbidden: "Vous ne pouvez pas importer d'établissements dans ce réseau.",
  check: checkRows,
  write: async (ctx, networkId, rows, progress) => ({
    created: await mapUniqueViolation(() => insertAll(ctx, networkId, rows, progress), {
      siret: "Un des SIRET du fichier vient d'être enregistré par quelqu'un d'autre ; relancez l'essai à blanc.",
    }),
  }),
};

/**
 * Bulk import of a network's establishments. Each line is checked by the rules of
 * `createEstablishment` (the shared validators of @clea/schema), plus what only a file can get
 * wrong (a SIRET twice in the file, a missing cell); every faulty line is reported at once.
 */
export const importService = {
  template: importTemplate,

  /** GraphQL: the file in base64 (small files; the upload route takes raw bytes up to 5 Mo). */
  importEstablishments(ctx: RequestContext, networkId: string, file: ImportFileInput, dryRun: boolean): Promise<ImportReport> {
    return runImport(ctx, establishmentImport, networkId, () => fromBase64(file), dryRun);
  },

  importEstablishmentsFile(
    ctx: RequestContext,
    networkId: string,
    source: ImportSource,
    dryRun: boolean,
    progress?: ImportProgress,
  ): Promise<ImportReport> {
    return runImport(ctx, establishmentImport, networkId, () => source, dryRun, progress);
  },
};

async function checkRows(
  ctx: RequestContext,
  networkId: string,
  read: ReadRow<ImportRow>[],
): Promise<{ rows: CheckedRow[]; problems: ImportProblemShape[] }> {
  const problems: ImportProblemShape[] = [];
  const rows: CheckedRow[] = read.map((r) => ({ ...r, values: { ...r.values, departmentCode: r.values.departmentCode.toUpperCase() } }));

  // The organisations of this network the caller sees, by SIREN: one query for the whole file.
  const sirens = [...new Set(rows.map((r) => r.values.organisationSiren).filter((s) => /^\d{9}$/.test(s)))];
  const organisations = sirens.length
    ? await scopedQuery(ctx, Organisation, "o")
        .andWhere(`o."networkId" = :networkId`, { networkId })
        .andWhere(`o.siren IN (:...sirens)`, { sirens })
        .getMany()
    : [];
  const organisationBySiren = new Map(organisations.map((o) => [o.siren, o]));

  // SIRETs already held anywhere on the platform (the SIRET is unique nationally).
  const sirets = [...new Set(rows.map((r) => r.values.siret).filter((s) => /^\d{14}$/.test(s)))];
  const taken = new Set<string>();
  for (let i = 0; i < sirets.length; i += 1000) {
    const found = await ctx.em
      .getRepository(Establishment)
      .find({ select: { siret: true }, where: { siret: In(sirets.slice(i, i + 1000)) } });
    found.forEach((e) => taken.add(e.siret));
  }

  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    const v = row.values;
    const add = (field: ImportColumnKey, message: string | null) => {
      if (message) problems.push({ line: row.line, field, column: headerOf(field), message });
    };
    const present = (field: ImportColumnKey) => {
      if (v[field]) return true;
      add(field, REQUIRED_MESSAGE[field]);
      return false;
    };

    let sirenOk = false;
    if (present("organisationSiren")) {
      const p = sirenProblem(v.organisationSiren);
      add("organisationSiren", p);
      if (!p) {
        sirenOk = true;
        row.organisation = organisationBySiren.get(v.organisationSiren);
        if (!row.organisation)
          add("organisationSiren", `Aucun organisme de ce réseau n'a le SIREN ${v.organisationSiren} : créez d'abord l'organisme.`);
      }
    }
    // The field rules are the establishment module's own; the import adds presence and duplicates.
    const fieldProblems = establishmentProblems(
      {
        siret: v.siret,
        name: v.name,
        addressLine: v.addressLine,
        postalCode: v.postalCode,
        city: v.city,
        departmentCode: v.departmentCode,
      },
      sirenOk ? v.organisationSiren : undefined,
    );
    const ruleOf = (field: ImportColumnKey) => fieldProblems.find((p) => p.field === field)?.message ?? null;
    if (present("siret")) {
      const p = ruleOf("siret");
      add("siret", p);
      if (!p) {
        const first = firstLineOf.get(v.siret);
        if (first !== undefined) add("siret", `Le SIRET ${v.siret} figure déjà à la ligne ${first} du fichier.`);
        else {
          firstLineOf.set(v.siret, row.line);
          if (taken.has(v.siret)) add("siret", `Un établissement avec le SIRET ${v.siret} existe déjà sur la plateforme.`);
        }
      }
    }
    for (const field of ["name", "addressLine", "postalCode", "city", "departmentCode"] as const)
      if (present(field)) add(field, ruleOf(field));
  }
  return { rows, problems: sortProblems(problems, ESTABLISHMENT_IMPORT_COLUMNS) };
}

/** Every row in one transaction, each with its CREATE event (as `createEstablishment` records it). */
function insertAll(ctx: RequestContext, networkId: string, rows: CheckedRow[], progress: ImportProgress): Promise<number> {
  const changedFields = ["siret", "name", "addressLine", "postalCode", "city", "departmentCode", "organisationId", "regionCode"];
  return ctx.transaction(async (tx) => {
    const repo = tx.em.getRepository(Establishment);
    let done = 0;
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const result = await repo.insert(
        chunk.map(({ values: v, organisation }) => ({
          siret: v.siret,
          name: v.name,
          addressLine: v.addressLine,
          postalCode: v.postalCode,
          city: v.city,
          departmentCode: v.departmentCode,
          organisationId: organisation!.id,
          networkId,
          regionCode: findDepartment(v.departmentCode)!.regionCode,
        })),
      );
      for (const { id } of result.identifiers as { id: string }[]) {
        await auditService.record(tx, {
          action: AuditAction.CREATE,
          entityType: "Establishment",
          entityId: id,
          changedFields,
          networkId,
          establishmentId: id,
        });
        if (++done % PROGRESS_EVERY === 0) progress.report(done, rows.length);
      }
    }
    progress.report(done, rows.length);
    return rows.length;
  });
}
