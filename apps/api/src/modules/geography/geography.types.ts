import { Field, ObjectType } from "type-graphql";

/** A French region (INSEE code, 2016 map): reference data from @clea/schema, not a table. */
@ObjectType({ description: "Une région française (code INSEE)" })
export class Region {
  @Field({ description: "Code INSEE de la région, ex. 53" })
  code: string;

  @Field()
  name: string;
}

@ObjectType({ description: "Un département français (code INSEE)" })
export class Department {
  @Field({ description: "Code INSEE du département (01…95, 2A, 2B, 971…976)" })
  code: string;

  @Field()
  name: string;

  @Field({ description: "Code INSEE de sa région" })
  regionCode: string;
}
