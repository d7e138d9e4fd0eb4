import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Field, ID, ObjectType } from "type-graphql";

/**
 * Base of every entity: a UUID key and creation/update times, exposed to GraphQL.
 * Registered as an object type because TypeGraphQL only inherits the fields of one; it is in
 * no resolver's signature, so it never appears in the schema itself.
 */
@ObjectType()
export abstract class BaseRow {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;
}

/** A calendar date kept as the ISO string `YYYY-MM-DD` (never a JS Date: no time-zone shifts). */
export const DateColumn = (options: { nullable?: boolean } = {}) => Column({ type: "date", nullable: options.nullable ?? false });
