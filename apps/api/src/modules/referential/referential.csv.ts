import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import {
  DEFAULT_THRESHOLD_PERCENT,
  REFERENTIAL_CSV_COLUMNS,
  type CertificationCode,
  type DomainDocument,
  type FieldProblem,
  type ReferentialDocument,
  type SubDomainDocument,
} from "@clea/schema";
import { clean, normaliseTree, treeProblems, type ParsedTree, type TreeNode } from "./referential.document.js";

/**
 * The CSV form of a version: one row per criterion, keyed by stable codes; a domain without
 * sub-domains, or a sub-domain without criteria, gets one row whose child columns are empty.
 * Written the way French spreadsheet users open it (UTF-8 with a BOM, `;`); read with `;` or
 * `,` and with or without a BOM.
 */

type Column = (typeof REFERENTIAL_CSV_COLUMNS)[number];
type Row = Record<Column, string>;

const YES = "OUI";
const NO = "NON";

export function documentToCsv(doc: ReferentialDocument): string {
  const rows: string[][] = [];
  const row = (r: Partial<Row>) => rows.push(REFERENTIAL_CSV_COLUMNS.map((c) => r[c] ?? ""));
  for (const d of doc.domains) {
    const domain = {
      domain_code: d.code,
      domain_title: d.title,
      domain_short_title: d.shortTitle ?? "",
      domain_note: d.note ?? "",
    };
    if (d.subDomains.length === 0) row(domain);
    for (const s of d.subDomains) {
      const mandatory = new Set(s.mandatoryCriteria ?? []);
      const subDomain = {
        ...domain,
        subdomain_code: s.code,
        subdomain_title: s.title ?? "",
        subdomain_note: s.note ?? "",
        subdomain_threshold_percent: String(s.thresholdPercent ?? DEFAULT_THRESHOLD_PERCENT),
      };
      if (s.criteria.length === 0) row(subDomain);
      for (const c of s.criteria)
        row({
          ...subDomain,
          criterion_code: c.code,
          criterion_title: c.title,
          criterion_mandatory: mandatory.has(c.code) ? YES : NO,
          criterion_note: c.note ?? "",
        });
    }
  }
  return "\uFEFF" + stringify([[...REFERENTIAL_CSV_COLUMNS], ...rows], { delimiter: ";", record_delimiter: "\r\n" });
}

const MANDATORY_VALUES = new Map<string, boolean>([
  ["oui", true],
  ["o", true],
  ["x", true],
  ["1", true],
  ["true", true],
  ["vrai", true],
  ["non", false],
  ["n", false],
  ["0", false],
  ["false", false],
  ["faux", false],
  ["", false],
]);

const REQUIRED: Column[] = ["domain_code", "domain_title"];

interface Located {
  line: number;
}

/**
 * A CSV file read back into a tree, checking every line: all problems come back at once, each
 * with its line (the header is line 1) and its column.
 */
export function parseCsvDocument(content: string, certification: CertificationCode): ParsedTree {
  const text = content.replace(/^\uFEFF/, "");
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = header.includes(";") ? ";" : ",";
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as never;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return {
      problems: [
        {
          field: "content",
          ...(line ? { line } : {}),
          message: `Fichier CSV illisible${line ? ` à la ligne ${line}` : ""} (guillemets mal fermés ?).`,
        },
      ],
    };
  }
  const problems: FieldProblem[] = [];
  if (records.length === 0) return { problems: [{ field: "content", line: 1, message: "Le fichier est vide." }] };

  const columns = records[0]!.record.map((c) => c.trim());
  const known = new Set<string>(REFERENTIAL_CSV_COLUMNS);
  columns.forEach((c) => {
    if (!known.has(c))
      problems.push({
        line: 1,
        field: c || "(vide)",
        message: `Colonne inconnue « ${c} » : colonnes attendues ${REFERENTIAL_CSV_COLUMNS.join(", ")}.`,
      });
  });
  new Set(columns.filter((c, i) => columns.indexOf(c) !== i)).forEach((c) =>
    problems.push({ line: 1, field: c, message: `La colonne « ${c} » apparaît plusieurs fois.` }),
  );
  for (const c of REQUIRED)
    if (!columns.includes(c)) problems.push({ line: 1, field: c, message: `Colonne obligatoire manquante : « ${c} ».` });
  if (problems.length) return { problems };

  const domains: DomainDocument[] = [];
  const domainByCode = new Map<string, DomainDocument & Located>();
  const subDomainByKey = new Map<string, SubDomainDocument & Located>();
  const lineOf = new WeakMap<TreeNode, number>();
  const criterionLines = new Map<string, number>();

  for (const { record, info } of records.slice(1)) {
    const line = info.lines - (record.join("").match(/\n/g)?.length ?? 0);
    const add = (field: Column, message: string) => problems.push({ line, field, message });
    if (record.length !== columns.length) {
      add(
        REFERENTIAL_CSV_COLUMNS[0],
        `La ligne compte ${record.length} colonnes au lieu de ${columns.length} (séparateur « ${delimiter} »).`,
      );
      continue;
    }
    const r = Object.fromEntries(REFERENTIAL_CSV_COLUMNS.map((c) => [c, ""])) as Row;
    columns.forEach((c, i) => (r[c as Column] = record[i]!.trim()));
    if (!r.domain_code) {
      add("domain_code", "Le code du domaine est obligatoire.");
      continue;
    }

    // The domain: declared by its first row; every later row must repeat the same columns.
    let domain = domainByCode.get(r.domain_code);
    if (!domain) {
      domain = {
        code: r.domain_code,
        title: r.domain_title,
        shortTitle: clean(r.domain_short_title),
        note: clean(r.domain_note),
        subDomains: [],
        line,
      };
      domainByCode.set(domain.code, domain);
      domains.push(domain);
      lineOf.set(domain, line);
    } else {
      const d = domain;
      const differs = (field: Column, value: string | null, label: string) => {
        if ((value ?? "") !== r[field])
          add(field, `${label} du domaine ${d.code} diffère de celui de la ligne ${d.line} (« ${value ?? ""} »).`);
      };
      differs("domain_title", d.title, "L'intitulé");
      differs("domain_short_title", d.shortTitle ?? null, "L'intitulé court");
      differs("domain_note", d.note ?? null, "La note");
    }

    if (!r.subdomain_code) {
      for (const c of [
        "subdomain_title",
        "subdomain_note",
        "subdomain_threshold_percent",
        "criterion_code",
        "criterion_title",
        "criterion_note",
      ] as const)
        if (r[c]) add(c, `« ${c} » est rempli mais le code du sous-domaine (subdomain_code) est vide.`);
      if (r.criterion_mandatory) add("criterion_mandatory", "« criterion_mandatory » est rempli mais le code du sous-domaine est vide.");
      continue;
    }

    let threshold: number = DEFAULT_THRESHOLD_PERCENT;
    if (r.subdomain_threshold_percent) {
      threshold = /^-?\d+$/.test(r.subdomain_threshold_percent) ? Number(r.subdomain_threshold_percent) : Number.NaN;
      if (!Number.isInteger(threshold) || threshold < 0 || threshold > 100) {
        add(
          "subdomain_threshold_percent",
          `Seuil « ${r.subdomain_threshold_percent} » invalide : un nombre entier de 0 à 100 est attendu.`,
        );
        threshold = DEFAULT_THRESHOLD_PERCENT;
      }
    }
    const key = `${domain.code}\u0000${r.subdomain_code}`;
    let subDomain = subDomainByKey.get(key);
    if (!subDomain) {
      subDomain = {
        code: r.subdomain_code,
        title: clean(r.subdomain_title),
        note: clean(r.subdomain_note),
        thresholdPercent: threshold,
        mandatoryCriteria: [],
        criteria: [],
        line,
      };
      subDomainByKey.set(key, subDomain);
      domain.subDomains.push(subDomain);
      lineOf.set(subDomain, line);
    } else {
      const s = subDomain;
      const differs = (field: Column, value: string, label: string) => {
        if (value !== r[field]) add(field, `${label} du sous-domaine ${s.code} diffère de celui de la ligne ${s.line} (« ${value} »).`);
      };
      differs("subdomain_title", s.title ?? "", "L'intitulé");
      differs("subdomain_note", s.note ?? "", "La note");
      if (r.subdomain_threshold_percent && threshold !== s.thresholdPercent)
        add(
          "subdomain_threshold_percent",
          `Le seuil du sous-domaine ${s.code} diffère de celui de la ligne ${s.line} (${s.thresholdPercent}).`,
        );
    }

    const mandatory = MANDATORY_VALUES.get(r.criterion_mandatory.toLowerCase());
    if (mandatory === undefined) add("criterion_mandatory", `Valeur « ${r.criterion_mandatory} » invalide : attendu ${YES} ou ${NO}.`);
    if (!r.criterion_code) {
      for (const c of ["criterion_title", "criterion_note"] as const)
        if (r[c]) add(c, `« ${c} » est rempli mais le code du critère (criterion_code) est vide.`);
      if (mandatory) add("criterion_mandatory", "Un critère obligatoire doit avoir un code (criterion_code).");
      continue;
    }
    const criterion = { code: r.criterion_code, title: r.criterion_title, note: clean(r.criterion_note) };
    subDomain.criteria.push(criterion);
    lineOf.set(criterion, line);
    if (!criterionLines.has(criterion.code)) criterionLines.set(criterion.code, line);
    if (mandatory) subDomain.mandatoryCriteria!.push(criterion.code);
  }
  if (records.length === 1) problems.push({ line: 1, field: "content", message: "Le fichier ne contient aucune ligne après l'en-tête." });

  const FIELD: Record<string, Column> = {
    "domain.code": "domain_code",
    "domain.title": "domain_title",
    "domain.shortTitle": "domain_short_title",
    "subDomain.code": "subdomain_code",
    "subDomain.title": "subdomain_title",
    "subDomain.thresholdPercent": "subdomain_threshold_percent",
    "subDomain.mandatoryCriteria": "criterion_mandatory",
    "criterion.code": "criterion_code",
    "criterion.title": "criterion_title",
  };
  const levelOf = (node: TreeNode) => ("subDomains" in node ? "domain" : "criteria" in node ? "subDomain" : "criterion");
  problems.push(
    ...treeProblems(domains, (node, prop, path) => ({ field: FIELD[`${levelOf(node)}.${prop}`] ?? path, line: lineOf.get(node) })),
  );
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (problems.length) return { problems };
  // normaliseTree copies known properties only: the `line` bookkeeping stays behind.
  return { problems, document: { certification, version: "", label: "", notes: [], domains: normaliseTree(domains) } };
}
