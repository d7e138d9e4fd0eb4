/**
 * Scope rules are declared with their entity and fail closed (docs/adr/0023): an entity with no
 * declaration is refused at the first read, and named by the startup check.
 */
import { Role } from "@clea/schema";
import { Entity, PrimaryGeneratedColumn } from "typeorm";
import { describe, expect, it } from "vitest";
import { Principal } from "./auth/principal.js";
import { RequestContext } from "./context.js";
import { assertEveryEntityScoped, scopeDeclarationOf, scopePredicate, Scoped, undeclaredEntities, Unscoped } from "./scope.js";

// Planted entities (never registered with a data source): one of each kind.
class PlantedUndeclared {
  id!: string;
}

@Unscoped("test reference data")
class PlantedReference {
  id!: string;
}

@Scoped((principal, alias) => (principal.isAdmin ? "ALL" : { sql: `${alias}."ownerId" = :me`, params: { me: principal.userId } }))
@Entity("planted_owned")
class PlantedOwned {
  @PrimaryGeneratedColumn("uuid")
  id!: string;
}

// A data source that knows one entity by name (all a scope decision asks of it).
const ds = { getMetadata: (name: string) => ({ target: name === "PlantedUndeclared" ? PlantedUndeclared : PlantedOwned }) } as never;
const signedIn = (...roles: Role[]) =>
  new RequestContext(
    ds,
    "test",
    undefined,
    new Principal(
      "u1",
      "u1@test.clea.fr",
      "U1",
      "s1",
      roles.map((role) => ({ role, networkId: null, establishmentId: null })),
    ),
    {} as never,
  );

describe("scope declarations", () => {
  it("refuses a read of an entity that declares no scope, whoever asks (no silent ALL)", () => {
    expect(() => scopePredicate(signedIn(Role.ADMIN), PlantedUndeclared, "p")).toThrow(
      /no scope declaration for PlantedUndeclared: refused/,
    );
    expect(() => scopePredicate(new RequestContext(ds), PlantedUndeclared, "p")).toThrow(/no scope declaration for PlantedUndeclared/);
    // Given by name, the entity is the class the data source knows by that name.
    expect(() => scopePredicate(signedIn(Role.ADMIN), "PlantedUndeclared", "p")).toThrow(/no scope declaration for PlantedUndeclared/);
    expect(scopePredicate(signedIn(Role.ADMIN), "PlantedOwned", "o")).toBe("ALL");
  });

  it("applies a declared rule, and reads an @Unscoped entity in full", () => {
    expect(scopePredicate(signedIn(Role.ADVISOR), PlantedOwned, "o")).toEqual({ sql: `o."ownerId" = :me`, params: { me: "u1" } });
    expect(scopePredicate(signedIn(Role.ADMIN), PlantedOwned, "o")).toBe("ALL");
    expect(scopePredicate(signedIn(Role.ADVISOR), PlantedReference, "r")).toBe("ALL");
    expect(scopeDeclarationOf(PlantedReference)).toEqual({ unscoped: "test reference data" });
  });

  it("the startup check names every undeclared entity, and passes declared ones", () => {
    expect(undeclaredEntities([PlantedOwned, PlantedUndeclared, PlantedReference])).toEqual(["PlantedUndeclared"]);
    expect(() => assertEveryEntityScoped([PlantedOwned, PlantedUndeclared])).toThrow(
      /Entities without a scope declaration: PlantedUndeclared\./,
    );
    expect(() => assertEveryEntityScoped([PlantedOwned, PlantedReference])).not.toThrow();
  });

  it("wants a reason to leave an entity unscoped, and one declaration per entity", () => {
    expect(() => Unscoped("  ")).toThrow(/needs a reason/);
    expect(() => Scoped(undefined as never)).toThrow(/needs a rule/);
    expect(() => Unscoped("again")(PlantedOwned)).toThrow(/declared twice/);
  });
});
