import { Field, InputType, type ClassType } from "type-graphql";
import type { EntityTarget, ObjectLiteral } from "typeorm";
import { ErrorCode, EURO_AMOUNT, type FieldProblem } from "@clea/schema";
import type { RequestContext } from "../context.js";
import { DomainError, InputError } from "../errors.js";
import { isUuid } from "../find.js";
import { likeContains } from "../list.js";
import { personalDataEstablishments } from "../personal-data.js";
import { scopePredicate } from "../scope.js";
import { foldParams, foldSql, foldText } from "../text-search.js";
import { BooleanFilter, DateFilter, DateTimeFilter, DecimalFilter, enumFilter, IdFilter, IntFilter, StringFilter } from "./operators.js";

/**
 * One definition per collection gives its typed GraphQL `filter` input and the SQL it compiles to:
 * operators by value type, `and` / `or` / `not`, and filters on related rows through an explicit
 * list of relations, each compiled to `EXISTS (…)` with the related entity's own scope (never a
 * join that multiplies rows, never a way to test rows one may not see). See docs/adr/0013.
 */
export type FieldKind = "string" | "id" | "int" | "decimal" | "date" | "datetime" | "boolean" | { enum: object; name: string };

export interface FieldSpec {
  kind: FieldKind;
  /** The SQL of the value on the row's alias; default: the column of the same name. */
  sql?: (alias: string) => string;
  description?: string;
  /**
   * A personal field (a name, a birth date): the SQL of the establishment holding the row. The
   * condition then matches only rows whose personal data the caller may read, so that filtering
   * can never be used to test an identity one may not see.
   */
  personal?: (alias: string) => string;
}

/** A relation of a filter (core/collection.ts makes them by collection name: `toOne`, `toMany`, `relatedTo`). */
export interface RelationSpec {
  /** The related collection's filter definition (lazy: definitions may refer to each other). */
  target: () => FilterDefinition;
  /** The related entity: its table and its scope rule. */
  entity: EntityTarget<ObjectLiteral>;
  /** The condition tying a related row (alias `inner`) to the filtered row (alias `outer`). */
  on: (outer: string, inner: string) => string;
  description: string;
}

export interface FilterSpec {
  fields: Record<string, FieldKind | FieldSpec>;
  relations?: Record<string, RelationSpec>;
  description?: string;
}

/** A filter value as GraphQL hands it over: operator objects, combinators, relations. */
export type FilterValue = { [key: string]: unknown };

export interface FilterDefinition {
  name: string;
  /** The GraphQL input type `<name>Filter`. */
  input: ClassType;
  /** The SQL condition (with its named parameters) selecting the rows of `alias` that pass `filter`; null when it filters nothing. */
  compile(
    ctx: RequestContext,
    filter: FilterValue | null | undefined,
    alias: string,
  ): { sql: string; params: Record<string, unknown> } | null;
}

/** Nesting deeper than this (combinators and relations) is refused: a filter is not a program. */
export const MAX_FILTER_DEPTH = 6;
export const MAX_IN_VALUES = 1000;
/** A text compared or searched for is at most this long (a name, a code, an address). */
export const MAX_TEXT_LENGTH = 200;

const operatorInput = (kind: FieldKind): ClassType => {
  if (typeof kind === "object") return enumFilter(kind.enum, kind.name);
  return {
    string: StringFilter,
    id: IdFilter,
    int: IntFilter,
    decimal: DecimalFilter,
    date: DateFilter,
    datetime: DateTimeFilter,
    boolean: BooleanFilter,
  }[kind];
};

const quoted = (key: string) => (alias: string) => `${alias}."${key}"`;

/** Collects named parameters with names unique within one compiled filter. */
class Params {
  private n = 0;
  readonly values: Record<string, unknown> = { ...foldParams };
  constructor(private readonly prefix: string) {}
  add(value: unknown): string {
    const name = `${this.prefix}${++this.n}`;
    this.values[name] = value;
    return name;
  }
  alias(base: string): string {
    return `${base}_${this.prefix}${++this.n}`;
  }
}

let compileSeq = 0;

export function defineFilter(name: string, spec: FilterSpec): FilterDefinition {
  const fields = Object.fromEntries(
    Object.entries(spec.fields).map(([key, f]) => {
      const s: FieldSpec = typeof f === "string" || !("kind" in f) ? { kind: f as FieldKind } : f;
      return [key, { ...s, sql: s.sql ?? quoted(key) }];
    }),
  ) as Record<string, Required<Pick<FieldSpec, "kind" | "sql">> & FieldSpec>;
  const relations = spec.relations ?? {};

  const Input = { [`${name}Filter`]: class {} }[`${name}Filter`]!;
  InputType(`${name}Filter`, { description: spec.description ?? `Filtre sur ${name}` })(Input);
  for (const [key, f] of Object.entries(fields)) {
    // Made now, not in the type function: input types must exist before the schema is built.
    const operatorsType = operatorInput(f.kind);
    Field(() => operatorsType, { nullable: true, description: f.description })(Input.prototype, key);
  }
  Field(() => [Input], { nullable: true, description: "Toutes ces conditions" })(Input.prototype, "and");
  Field(() => [Input], { nullable: true, description: "Au moins une de ces conditions" })(Input.prototype, "or");
  Field(() => Input, { nullable: true, description: "Le contraire de cette condition" })(Input.prototype, "not");
  for (const [key, r] of Object.entries(relations))
    Field(() => r.target().input, { nullable: true, description: r.description })(Input.prototype, key);

  const definition: FilterDefinition = {
    name,
    input: Input,
    compile(ctx, filter, alias) {
      const params = new Params(`flt${++compileSeq % 1_000_000}_`);
      const problems: FieldProblem[] = [];
      const sql = compileNode(ctx, definition, fields, relations, filter, alias, params, problems, "filter", 0);
      if (problems.length) throw new InputError(problems);
      return sql ? { sql, params: params.values } : null;
    },
  };
  (definition as unknown as { internals: unknown }).internals = { fields, relations };
  return definition;
}

type Fields = Record<string, Required<Pick<FieldSpec, "kind" | "sql">> & FieldSpec>;

function internalsOf(def: FilterDefinition): { fields: Fields; relations: Record<string, RelationSpec> } {
  return (def as unknown as { internals: { fields: Fields; relations: Record<string, RelationSpec> } }).internals;
}

function compileNode(
  ctx: RequestContext,
  def: FilterDefinition,
  fields: Fields,
  relations: Record<string, RelationSpec>,
  filter: FilterValue | null | undefined,
  alias: string,
  params: Params,
  problems: FieldProblem[],
  path: string,
  depth: number,
): string | null {
  if (!filter) return null;
  if (depth > MAX_FILTER_DEPTH)
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Filtre trop imbriqué (au plus ${MAX_FILTER_DEPTH} niveaux).`, { field: path });
  const parts: string[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value == null) continue;
    const at = `${path}.${key}`;
    if (key === "and" || key === "or") {
      const subs = (value as FilterValue[]).map((f, i) =>
        compileNode(ctx, def, fields, relations, f, alias, params, problems, `${at}.${i}`, depth + 1),
      );
      if (key === "and") parts.push(...subs.filter((s): s is string => s !== null).map((s) => `(${s})`));
      else if (subs.length === 0) parts.push("FALSE");
      else if (!subs.includes(null)) parts.push(`(${subs.map((s) => `(${s})`).join(" OR ")})`);
      // An empty alternative matches every row: the whole `or` does.
    } else if (key === "not") {
      const sub = compileNode(ctx, def, fields, relations, value as FilterValue, alias, params, problems, at, depth + 1);
      parts.push(sub ? `NOT (${sub})` : "FALSE");
    } else if (fields[key]) {
      const field = fields[key]!;
      const conditions = operators(field, value as FilterValue, field.sql(alias), params, problems, at);
      if (field.personal && conditions.length) {
        const readable = personalDataEstablishments(ctx);
        if (readable !== "ALL") conditions.push(readable.length ? `${field.personal(alias)} IN (:...${params.add(readable)})` : "FALSE");
      }
      parts.push(...conditions);
    } else if (relations[key]) {
      const r = relations[key]!;
      const target = r.target();
      const t = internalsOf(target);
      const inner = params.alias(key.toLowerCase().slice(0, 12));
      const table = ctx.ds.getMetadata(r.entity).tableName;
      const scope = scopePredicate(ctx, r.entity, inner);
      if (scope === "NONE") {
        parts.push("FALSE");
        continue;
      }
      const conditions = [r.on(alias, inner)];
      if (scope !== "ALL") {
        let sql = scope.sql;
        for (const [k, v] of Object.entries(scope.params)) {
          const name = params.add(v);
          sql = sql.replace(new RegExp(`:(\\.\\.\\.)?${k}\\b`, "g"), (_m, spread = "") => `:${spread}${name}`);
        }
        conditions.push(`(${sql})`);
      }
      const sub = compileNode(ctx, target, t.fields, t.relations, value as FilterValue, inner, params, problems, at, depth + 1);
      if (sub) conditions.push(`(${sub})`);
      parts.push(`EXISTS (SELECT 1 FROM "${table}" ${inner} WHERE ${conditions.join(" AND ")})`);
    } else {
      problems.push({ field: at, message: `Champ de filtre inconnu : ${key}.` });
    }
  }
  return parts.length ? parts.join(" AND ") : null;
}

const LIKE_ESCAPE = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function operators(
  field: Required<Pick<FieldSpec, "kind" | "sql">>,
  ops: FilterValue,
  col: string,
  params: Params,
  problems: FieldProblem[],
  path: string,
): string[] {
  const out: string[] = [];
  const check = (v: unknown, at: string): boolean => {
    if (field.kind === "id" && (typeof v !== "string" || !isUuid(v))) {
      problems.push({ field: at, message: "Identifiant invalide." });
      return false;
    }
    if (field.kind === "decimal" && (typeof v !== "string" || !EURO_AMOUNT.test(v))) {
      problems.push({ field: at, message: 'Nombre décimal attendu, écrit comme "1250.50".' });
      return false;
    }
    if (field.kind === "string" && typeof v === "string" && v.length > MAX_TEXT_LENGTH) {
      problems.push({ field: at, message: `Texte trop long : ${MAX_TEXT_LENGTH} caractères au plus.` });
      return false;
    }
    return true;
  };
  const p = (v: unknown) => `:${params.add(v)}`;
  for (const [op, v] of Object.entries(ops)) {
    if (v == null) continue;
    const at = `${path}.${op}`;
    switch (op) {
      case "eq":
      case "ne":
      case "lt":
      case "lte":
      case "gt":
      case "gte": {
        if (!check(v, at)) break;
        const sym = { eq: "=", ne: "IS DISTINCT FROM", lt: "<", lte: "<=", gt: ">", gte: ">=" }[op];
        out.push(`${col} ${sym} ${p(v)}`);
        break;
      }
      case "in":
      case "notIn": {
        const list = v as unknown[];
        if (list.length > MAX_IN_VALUES) {
          problems.push({ field: at, message: `Au plus ${MAX_IN_VALUES} valeurs.` });
          break;
        }
        if (!list.every((x, i) => check(x, `${at}.${i}`))) break;
        if (list.length === 0) out.push(op === "in" ? "FALSE" : "TRUE");
        else out.push(`${op === "in" ? "" : "NOT "}${col} IN (:...${params.add(list)})`);
        break;
      }
      case "between": {
        const list = v as unknown[];
        if (list.length !== 2) {
          problems.push({ field: at, message: "`between` attend exactement deux valeurs : [min, max]." });
          break;
        }
        if (!list.every((x, i) => check(x, `${at}.${i}`))) break;
        out.push(`${col} BETWEEN ${p(list[0])} AND ${p(list[1])}`);
        break;
      }
      case "contains":
      case "startsWith": {
        if (!check(v, at)) break;
        const folded = foldText(String(v));
        out.push(`${foldSql(col)} LIKE ${p(op === "contains" ? likeContains(folded) : `${LIKE_ESCAPE(folded)}%`)}`);
        break;
      }
      case "isNull":
        out.push(`${col} IS ${v ? "" : "NOT "}NULL`);
        break;
      default:
        problems.push({ field: at, message: `Opérateur inconnu : ${op}.` });
    }
  }
  return out;
}
