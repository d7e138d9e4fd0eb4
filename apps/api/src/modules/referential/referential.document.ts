import { randomUUID } from "node:crypto";
import { z } from "zod";
import {
  CRITERION_CODE,
  CertificationCode,
  DEFAULT_THRESHOLD_PERCENT,
  DOMAIN_CODE,
  ReferentialStatus,
  SUBDOMAIN_CODE,
  dateRangeProblem,
  labels,
  type CriterionDocument,
  type DomainDocument,
  type FieldProblem,
  type ReferentialDocument,
  type SubDomainDocument,
} from "@clea/schema";
import type { EntityManager } from "typeorm";
import { Certification, Criterion, Domain, Referential, SubDomain } from "./referential.entity.js";

/**
 * The portable form of a version (ReferentialDocument, from @clea/schema): the rules every tree
 * must follow, reading a version from the database into a document and writing a document's tree
 * into a version. Used by the seed, by draft copies, and by JSON/CSV import and export, so that
 * one set of rules guards every way a tree gets in.
 */

export const LIMITS = {
  version: 40,
  label: 200,
  domainTitle: 500,
  shortTitle: 300,
  subDomainTitle: 500,
  criterionTitle: 1000,
} as const;

export type Level = "domain" | "subDomain" | "criterion";
const LEVEL = {
  domain: { re: DOMAIN_CODE, name: "domaine", example: "D1", parent: "" },
  subDomain: { re: SUBDOMAIN_CODE, name: "sous-domaine", example: "D1.2", parent: "domaine" },
  criterion: { re: CRITERION_CODE, name: "critère", example: "D1.2.3", parent: "sous-domaine" },
} as const;

/** A code's format and its parent's prefix (`D1.2.3` extends `D1.2`); null when valid. */
export function codeProblem(level: Level, code: string, parentCode?: string): string | null {
  const l = LEVEL[level];
  if (!l.re.test(code)) return `Code de ${l.name} « ${code} » invalide : attendu un code du type ${l.example}.`;
  if (parentCode !== undefined && !code.startsWith(`${parentCode}.`))
    return `Le code « ${code} » doit prolonger celui de son ${l.parent} (« ${parentCode}. »).`;
  return null;
}

export function titleProblem(what: string, title: string | null | undefined, max: number, required: boolean): string | null {
  if (title == null || title.trim() === "") return required ? `L'intitulé ${what} est obligatoire.` : null;
  if (title.length > max) return `L'intitulé ${what} dépasse ${max} caractères.`;
  return null;
}

export function thresholdProblem(value: unknown): string | null {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 100)
    return "Le seuil de validation doit être un nombre entier de 0 à 100 (pourcentage).";
  return null;
}

export function mandatoryProblems(mandatory: readonly string[], criterionCodes: readonly string[]): string[] {
  const known = new Set(criterionCodes);
  return mandatory
    .filter((m) => !known.has(m))
    .map((m) => `« ${m} » n'est pas un critère de ce sous-domaine : un critère obligatoire doit en faire partie.`);
}

/** Mandatory codes in the order of the criteria, without duplicates: a set, stored canonically. */
export function orderMandatory(mandatory: readonly string[], criterionCodes: readonly string[]): string[] {
  const wanted = new Set(mandatory);
  return criterionCodes.filter((c) => wanted.has(c));
}

/** Empty or blank text is no text. */
export function clean(text: string | null | undefined): string | null {
  const t = text?.trim();
  return t ? t : null;
}

export type TreeNode = DomainDocument | SubDomainDocument | CriterionDocument;
/** Where a problem of a node's property is shown: a JSON path, or a CSV column and line. */
export type Locate = (node: TreeNode, prop: string, path: string) => { field: string; line?: number };
export const byPath: Locate = (_node, _prop, path) => ({ field: path });

/**
 * Every rule of a tree, all problems at once: code formats, child codes extending their parent's,
 * codes unique within the version, titles, thresholds, mandatory criteria.
 */
export function treeProblems(domains: readonly DomainDocument[], locate: Locate = byPath): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const add = (node: TreeNode, prop: string, path: string, message: string | null) => {
    if (message) problems.push({ ...locate(node, prop, path), message });
  };
  const unique = (node: TreeNode, path: string) => {
    if (seen.has(node.code)) add(node, "code", `${path}.code`, `Le code « ${node.code} » est déjà utilisé dans cette version.`);
    seen.add(node.code);
  };
  domains.forEach((d, i) => {
    const dp = `domains.${i}`;
    add(d, "code", `${dp}.code`, codeProblem("domain", d.code));
    unique(d, dp);
    add(d, "title", `${dp}.title`, titleProblem("du domaine", d.title, LIMITS.domainTitle, true));
    add(d, "shortTitle", `${dp}.shortTitle`, titleProblem("court du domaine", d.shortTitle, LIMITS.shortTitle, false));
    d.subDomains.forEach((s, j) => {
      const sp = `${dp}.subDomains.${j}`;
      add(s, "code", `${sp}.code`, codeProblem("subDomain", s.code, d.code));
      unique(s, sp);
      add(s, "title", `${sp}.title`, titleProblem("du sous-domaine", s.title, LIMITS.subDomainTitle, false));
      if (s.thresholdPercent !== undefined) add(s, "thresholdPercent", `${sp}.thresholdPercent`, thresholdProblem(s.thresholdPercent));
      for (const m of mandatoryProblems(
        s.mandatoryCriteria ?? [],
        s.criteria.map((c) => c.code),
      ))
        add(s, "mandatoryCriteria", `${sp}.mandatoryCriteria`, m);
      s.criteria.forEach((c, k) => {
        const cp = `${sp}.criteria.${k}`;
        add(c, "code", `${cp}.code`, codeProblem("criterion", c.code, s.code));
        unique(c, cp);
        add(c, "title", `${cp}.title`, titleProblem("du critère", c.title, LIMITS.criterionTitle, true));
      });
    });
  });
  return problems;
}

/** A tree with its text trimmed, blanks as null and the defaults made explicit. */
export function normaliseTree(domains: readonly DomainDocument[]): DomainDocument[] {
  return domains.map((d) => ({
    code: d.code.trim(),
    title: d.title.trim(),
    shortTitle: clean(d.shortTitle),
    note: clean(d.note),
    subDomains: d.subDomains.map((s) => {
      const criteria = s.criteria.map((c) => ({ code: c.code.trim(), title: c.title.trim(), note: clean(c.note) }));
      return {
        code: s.code.trim(),
        title: clean(s.title),
        note: clean(s.note),
        thresholdPercent: s.thresholdPercent ?? DEFAULT_THRESHOLD_PERCENT,
        mandatoryCriteria: orderMandatory(
          (s.mandatoryCriteria ?? []).map((m) => m.trim()),
          criteria.map((c) => c.code),
        ),
        criteria,
      };
    }),
  }));
}

// ---------------------------------------------------------------------------------------------
// JSON

// The file's shape is checked with zod, the API's validator of untyped documents read from files
// (inputs of the API itself use class-validator: ADR 0025); the tree's rules come after.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = z.string();
const optionalText = z.string().nullish();
const criterionSchema = z.strictObject({ code: text, title: text, note: optionalText });
const subDomainSchema = z.strictObject({
  code: text,
  title: optionalText,
  note: optionalText,
  thresholdPercent: z.number().optional(),
  mandatoryCriteria: z.array(text).optional(),
  criteria: z.array(criterionSchema).optional(),
});
const domainSchema = z.strictObject({
  code: text,
  title: text,
  shortTitle: optionalText,
  note: optionalText,
  subDomains: z.array(subDomainSchema).optional(),
});
const documentSchema = z.strictObject({
  certification: z.enum(Object.values(CertificationCode) as [CertificationCode, ...CertificationCode[]]),
  version: z.string().optional(),
  label: z.string().optional(),
  status: z.enum(Object.values(ReferentialStatus) as [ReferentialStatus, ...ReferentialStatus[]]).optional(),
  effectiveFrom: z.string().regex(ISO_DATE).nullish(),
  effectiveTo: z.string().regex(ISO_DATE).nullish(),
  notes: z.array(text).optional(),
  domains: z.array(domainSchema),
});

const TYPE_FR: Record<string, string> = {
  string: "un texte",
  number: "un nombre",
  array: "une liste",
  object: "un objet",
  boolean: "un booléen",
};

/** zod's issues, in French, for people who edit the file by hand. */
function zodMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "Champ obligatoire manquant."
        : `Valeur invalide : ${TYPE_FR[issue.expected] ?? issue.expected} est attendu.`;
    case "unrecognized_keys":
      return `Champ inconnu : ${issue.keys.join(", ")}.`;
    case "invalid_value":
      return `Valeur invalide : attendu l'une des valeurs ${issue.values.map(String).join(", ")}.`;
    case "invalid_format":
      return "Date invalide : attendu le format AAAA-MM-JJ.";
    default:
      return "Valeur invalide.";
  }
}

export interface ParsedTree {
  /** Present when the file has no problem. */
  document?: ReferentialDocument;
  problems: FieldProblem[];
}

/**
 * The line of a JSON syntax error. V8 gives either a position, or (for an unexpected token) the
 * 10 characters around it, with "..." where the source was cut.
 */
function jsonSyntaxLine(source: string, error: Error): number | undefined {
  const lineAt = (pos: number) => (pos >= 0 ? source.slice(0, pos).split("\n").length : undefined);
  const at = /position (\d+)/.exec(error.message);
  if (at) return lineAt(Number(at[1]));
  const m = /^Unexpected token '[\s\S]', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(error.message);
  if (!m) return undefined;
  const [, cutBefore, snippet = "", cutAfter] = m;
  if (cutBefore) {
    const start = source.indexOf(snippet);
    return start < 0 ? undefined : lineAt(start + 10);
  }
  if (cutAfter) return lineAt(snippet.length - 10);
  return undefined;
}

/** A JSON export read back: shape (zod), then the tree's rules; the file must be of `certification`. */
export function parseJsonDocument(content: string, certification: CertificationCode): ParsedTree {
  let raw: unknown;
  const source = content.replace(/^\uFEFF/, "");
  try {
    raw = JSON.parse(source);
  } catch (e) {
    const line = jsonSyntaxLine(source, e as Error);
    return {
      problems: [
        {
          field: "content",
          ...(line ? { line } : {}),
          message: `Le fichier n'est pas un JSON valide${line ? ` (ligne ${line})` : ""}.`,
        },
      ],
    };
  }
  const parsed = documentSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success)
    return { problems: parsed.error.issues.map((i) => ({ field: i.path.join(".") || "content", message: zodMessage(i) })) };
  const doc = parsed.data;
  const problems: FieldProblem[] = [];
  if (doc.certification !== certification)
    problems.push({
      field: "certification",
      message: `Ce fichier est un référentiel ${labels.CertificationCode[doc.certification]}, pas ${labels.CertificationCode[certification]}.`,
    });
  const range = dateRangeProblem(doc.effectiveFrom, doc.effectiveTo);
  if (range) problems.push({ field: "effectiveTo", message: range });
  const domains: DomainDocument[] = doc.domains.map((d) => ({
    ...d,
    subDomains: (d.subDomains ?? []).map((s) => ({ ...s, title: s.title ?? null, criteria: s.criteria ?? [] })),
  }));
  problems.push(...treeProblems(domains));
  if (problems.length) return { problems };
  return {
    problems,
    document: {
      certification: doc.certification,
      version: doc.version ?? "",
      label: doc.label ?? "",
      effectiveFrom: doc.effectiveFrom ?? null,
      effectiveTo: doc.effectiveTo ?? null,
      notes: (doc.notes ?? []).map((n) => n.trim()).filter(Boolean),
      domains: normaliseTree(domains),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Database

/** A version as a document: four statements, whatever its size. */
export async function readDocument(em: EntityManager, referential: Referential): Promise<ReferentialDocument> {
  const where = { referentialId: referential.id };
  // One after the other: inside a transaction they share one connection.
  const certification = await em.getRepository(Certification).findOneByOrFail({ id: referential.certificationId });
  const domains = await em.getRepository(Domain).find({ where, order: { position: "ASC" } });
  const subDomains = await em.getRepository(SubDomain).find({ where, order: { position: "ASC" } });
  const criteria = await em.getRepository(Criterion).find({ where, order: { position: "ASC" } });
  const criteriaOf = groupBy(criteria, (c) => c.subDomainId);
  const subDomainsOf = groupBy(subDomains, (s) => s.domainId);
  return {
    certification: certification.code,
    version: referential.version,
    label: referential.label,
    status: referential.status,
    effectiveFrom: referential.effectiveFrom,
    effectiveTo: referential.effectiveTo,
    notes: referential.notes,
    domains: domains.map((d) => ({
      code: d.code,
      title: d.title,
      shortTitle: d.shortTitle,
      note: d.note,
      subDomains: (subDomainsOf.get(d.id) ?? []).map((s) => {
        const own = (criteriaOf.get(s.id) ?? []).map((c) => ({ code: c.code, title: c.title, note: c.note }));
        return {
          code: s.code,
          title: s.title,
          note: s.note,
          thresholdPercent: s.thresholdPercent,
          mandatoryCriteria: orderMandatory(
            s.mandatoryCriteria,
            own.map((c) => c.code),
          ),
          criteria: own,
        };
      }),
    })),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/**
 * Writes a validated tree under a version: one INSERT per level (ids made here, so children can
 * point at their parents without reading them back). Call inside a transaction.
 */
export async function insertTree(em: EntityManager, referentialId: string, domains: readonly DomainDocument[]): Promise<void> {
  const tree = normaliseTree(domains);
  const domainRows: Partial<Domain>[] = [];
  const subDomainRows: Partial<SubDomain>[] = [];
  const criterionRows: Partial<Criterion>[] = [];
  tree.forEach((d, i) => {
    const domainId = randomUUID();
    domainRows.push({
      id: domainId,
      referentialId,
      code: d.code,
      title: d.title,
      shortTitle: d.shortTitle ?? null,
      note: d.note ?? null,
      position: i,
    });
    d.subDomains.forEach((s, j) => {
      const subDomainId = randomUUID();
      subDomainRows.push({
        id: subDomainId,
        referentialId,
        domainId,
        code: s.code,
        title: s.title,
        note: s.note ?? null,
        position: j,
        thresholdPercent: s.thresholdPercent ?? DEFAULT_THRESHOLD_PERCENT,
        mandatoryCriteria: s.mandatoryCriteria ?? [],
      });
      s.criteria.forEach((c, k) => {
        criterionRows.push({
          id: randomUUID(),
          referentialId,
          subDomainId,
          code: c.code,
          title: c.title,
          note: c.note ?? null,
          position: k,
        });
      });
    });
  });
  if (domainRows.length) await em.getRepository(Domain).insert(domainRows);
  if (subDomainRows.length) await em.getRepository(SubDomain).insert(subDomainRows);
  if (criterionRows.length) await em.getRepository(Criterion).insert(criterionRows);
}
