/**
 * The API refuses to start when an entity declares no scope (docs/adr/0023): this is the check
 * that `createDataSource` runs, exercised on the real entity list, and on that list with a
 * planted undeclared entity.
 */
import { Entity, PrimaryGeneratedColumn } from "typeorm";
import { describe, expect, it } from "vitest";
import { assertEveryEntityScoped, scopeDeclarationOf, undeclaredEntities } from "../core/scope.js";
import { createDataSource } from "./data-source.js";
import { entities } from "./entities.js";

@Entity("planted_without_scope")
class PlantedWithoutScope {
  @PrimaryGeneratedColumn("uuid")
  id!: string;
}

describe("every entity of the data source declares its scope", () => {
  it("passes the startup check: each has @Scoped(rule) or @Unscoped(reason)", () => {
    expect(undeclaredEntities(entities)).toEqual([]);
    expect(() => assertEveryEntityScoped(entities)).not.toThrow();
    // The check the API runs before it opens the database (nothing connects here).
    const ds = createDataSource("postgres://postgres@127.0.0.1:1/none");
    expect(ds.options.entities).toHaveLength(entities.length);
  });

  it("gives a reason for each entity left unscoped", () => {
    for (const entity of entities) {
      const d = scopeDeclarationOf(entity)!;
      if ("unscoped" in d) expect(d.unscoped.length, entity.name).toBeGreaterThan(20);
    }
  });

  it("refuses to start with a planted undeclared entity, naming it", () => {
    expect(() => assertEveryEntityScoped([...entities, PlantedWithoutScope])).toThrow(
      /Entities without a scope declaration: PlantedWithoutScope\. Put @Scoped\(rule\) or @Unscoped\("reason"\)/,
    );
  });
});
