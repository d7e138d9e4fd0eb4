import { Field, ID, InputType, Int, type ClassType } from "type-graphql";

type ReturnTypeFunc = Parameters<typeof Field>[0] & ((...args: never[]) => unknown);
import { LocalDate } from "../scalars.js";

/**
 * The operators of the generic filters (core/filter/define.ts), one input type per value type.
 * `between` takes exactly two values (bounds included); `contains` and `startsWith` ignore case and
 * accents and treat `%` and `_` as plain characters; `in`/`notIn` take at most 1,000 values.
 */
const d = {
  eq: "Égal à",
  ne: "Différent de (une valeur absente compte comme différente)",
  in: "Parmi ces valeurs (au plus 1 000)",
  notIn: "Hors de ces valeurs (au plus 1 000)",
  lt: "Strictement inférieur à",
  lte: "Inférieur ou égal à",
  gt: "Strictement supérieur à",
  gte: "Supérieur ou égal à",
  between: "Entre deux bornes incluses : [min, max]",
  contains: "Contient ce texte (sans tenir compte de la casse ni des accents)",
  startsWith: "Commence par ce texte (sans tenir compte de la casse ni des accents)",
  isNull: "true : valeur absente ; false : valeur présente",
};

@InputType("StringFilter", { description: "Filtre sur un texte" })
export class StringFilter {
  @Field(() => String, { nullable: true, description: d.eq }) eq?: string;
  @Field(() => String, { nullable: true, description: d.ne }) ne?: string;
  @Field(() => [String], { nullable: true, description: d.in }) in?: string[];
  @Field(() => [String], { nullable: true, description: d.notIn }) notIn?: string[];
  @Field(() => String, { nullable: true, description: d.contains }) contains?: string;
  @Field(() => String, { nullable: true, description: d.startsWith }) startsWith?: string;
  @Field(() => Boolean, { nullable: true, description: d.isNull }) isNull?: boolean;
}

@InputType("IdFilter", { description: "Filtre sur un identifiant" })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: d.eq }) eq?: string;
  @Field(() => ID, { nullable: true, description: d.ne }) ne?: string;
  @Field(() => [ID], { nullable: true, description: d.in }) in?: string[];
  @Field(() => [ID], { nullable: true, description: d.notIn }) notIn?: string[];
  @Field(() => Boolean, { nullable: true, description: d.isNull }) isNull?: boolean;
}

/** The comparison operators of an ordered type. */
function comparable<T>(name: string, type: ReturnTypeFunc, description: string): ClassType<Record<string, T | T[] | boolean | undefined>> {
  @InputType(name, { description })
  class Comparable {
    @Field(type, { nullable: true, description: d.eq }) eq?: T;
    @Field(type, { nullable: true, description: d.ne }) ne?: T;
    @Field(() => [type() as never], { nullable: true, description: d.in }) in?: T[];
    @Field(() => [type() as never], { nullable: true, description: d.notIn }) notIn?: T[];
    @Field(type, { nullable: true, description: d.lt }) lt?: T;
    @Field(type, { nullable: true, description: d.lte }) lte?: T;
    @Field(type, { nullable: true, description: d.gt }) gt?: T;
    @Field(type, { nullable: true, description: d.gte }) gte?: T;
    @Field(() => [type() as never], { nullable: true, description: d.between }) between?: T[];
    @Field(() => Boolean, { nullable: true, description: d.isNull }) isNull?: boolean;
  }
  return Comparable as never;
}

export const IntFilter = comparable<number>("IntFilter", () => Int, "Filtre sur un nombre entier");
export const DecimalFilter = comparable<string>("DecimalFilter", () => String, 'Filtre sur un nombre décimal exact, écrit "1250.50"');
export const DateFilter = comparable<string>("DateFilter", () => LocalDate, "Filtre sur une date (AAAA-MM-JJ)");
export const DateTimeFilter = comparable<Date>("DateTimeFilter", () => Date, "Filtre sur un instant (ISO 8601)");

@InputType("BooleanFilter", { description: "Filtre sur un booléen" })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: d.eq }) eq?: boolean;
  @Field(() => Boolean, { nullable: true, description: d.isNull }) isNull?: boolean;
}

const enumFilters = new Map<object, ClassType>();

/** `<Name>Filter` for a GraphQL enum, already registered (with `registerEnumType`) under `name`. */
export function enumFilter(values: object, name: string): ClassType {
  let f = enumFilters.get(values);
  if (f) return f;
  @InputType(`${name}Filter`, { description: `Filtre sur ${name}` })
  class EnumFilter {
    @Field(() => values, { nullable: true, description: d.eq }) eq?: string;
    @Field(() => values, { nullable: true, description: d.ne }) ne?: string;
    @Field(() => [values], { nullable: true, description: d.in }) in?: string[];
    @Field(() => [values], { nullable: true, description: d.notIn }) notIn?: string[];
    @Field(() => Boolean, { nullable: true, description: d.isNull }) isNull?: boolean;
  }
  f = EnumFilter;
  enumFilters.set(values, f);
  return f;
}
