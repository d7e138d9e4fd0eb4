import { Arg, buildSchema, Int, Query, Resolver } from "type-graphql";
import { printSchema } from "graphql";
import { HabilitationRole, HabilitationStatus, Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Principal } from "../core/auth/principal.js";
import { RequestContext } from "../core/context.js";
import { createTestDb, type TestDb } from "../test/helpers.js";
import { generateOrganisationData } from "../seed/generator/organisation-data.js";
import { Establishment } from "../modules/establishment/establishment.entity.js";
import { Habilitation } from "../modules/habilitation/habilitation.entity.js";
import { Organisation } from "../modules/organisation/organisation.entity.js";
import "./index.js";
import { defineFilter, MAX_FILTER_DEPTH, MAX_TEXT_LENGTH, type FilterDefinition, type FilterValue } from "../core/filter/define.js";

// Definitions of the kind each collection declares (test names, to stay apart from the real ones).
const organisations: FilterDefinition = defineFilter("TestOrganisation", {
  fields: { legalName: "string", siren: "string", qualiopiValidUntil: "date" },
  relations: {
    establishments: {
      target: () => establishments,
      entity: Establishment,
      on: (o, i) => `${i}."organisationId" = ${o}.id`,
      description: "Un de ses établissements",
    },
  },
});
const habilitations: FilterDefinition = defineFilter("TestHabilitation", {
  fields: {
    role: { kind: { enum: HabilitationRole, name: "HabilitationRole" } },
    storedStatus: { kind: { enum: HabilitationStatus, name: "HabilitationStatus" } },
    endDate: "date",
    certificationCode: { kind: "string", sql: (a) => `(SELECT c.code FROM certification c WHERE c.id = ${a}."certificationId")` },
  },
});
const establishments: FilterDefinition = defineFilter("TestEstablishment", {
  fields: { id: "id", name: "string", siret: "string", regionCode: "string", departmentCode: "string", createdAt: "datetime" },
  relations: {
    organisation: {
      target: () => organisations,
      entity: Organisation,
      on: (o, i) => `${i}.id = ${o}."organisationId"`,
      description: "Son organisme",
    },
    habilitations: {
      target: () => habilitations,
      entity: Habilitation,
      on: (o, i) => `${i}."establishmentId" = ${o}.id`,
      description: "Une de ses habilitations",
    },
  },
});

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
  await generateOrganisationData(db.ctx, { scale: 1, seed: 11, today: "2026-06-15" });
}, 60_000);
afterAll(async () => {
  await db?.drop();
});

async function names(filter: FilterValue, ctx: RequestContext = db.ctx): Promise<string[]> {
  const qb = ctx.em.getRepository(Establishment).createQueryBuilder("e");
  const c = establishments.compile(ctx, filter, "e");
  if (c) qb.where(c.sql, c.params);
  return (await qb.orderBy("e.name").getMany()).map((e) => e.name);
}
const all = async () => db.ds.getRepository(Establishment).find({ relations: { organisation: true }, order: { name: "ASC" } });
const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

describe("generic filters", () => {
  it("compare by type, ignoring case and accents in texts", async () => {
    const rows = await all();
    const some = rows[3]!;
    expect(await names({ siret: { eq: some.siret } })).toEqual([some.name]);
    const word = fold(some.name.split(" ")[0]!).toUpperCase();
    expect(await names({ name: { contains: word } })).toEqual(rows.filter((r) => fold(r.name).includes(fold(word))).map((r) => r.name));
    expect(await names({ regionCode: { in: ["84", "11"] } })).toEqual(
      rows.filter((r) => ["84", "11"].includes(r.regionCode)).map((r) => r.name),
    );
    expect(await names({ regionCode: { notIn: ["84"] }, departmentCode: { startsWith: "6" } })).toEqual(
      rows.filter((r) => r.regionCode !== "84" && r.departmentCode.startsWith("6")).map((r) => r.name),
    );
    expect(await names({ regionCode: { in: [] } })).toEqual([]);
  });

  it("treat LIKE wildcards as plain characters", async () => {
    expect(await names({ name: { contains: "%" } })).toEqual([]);
    expect(await names({ name: { startsWith: "_" } })).toEqual([]);
  });

  it("combine with and / or / not", async () => {
    const rows = await all();
    const r84 = rows.filter((r) => r.regionCode === "84").map((r) => r.name);
    const r11 = rows.filter((r) => r.regionCode === "11").map((r) => r.name);
    expect(await names({ or: [{ regionCode: { eq: "84" } }, { regionCode: { eq: "11" } }] })).toEqual(
      [...r84, ...r11].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    expect(await names({ not: { regionCode: { eq: "84" } } })).toEqual(rows.filter((r) => r.regionCode !== "84").map((r) => r.name));
    expect(await names({ and: [{ regionCode: { eq: "84" } }, { not: { regionCode: { eq: "84" } } }] })).toEqual([]);
    expect(await names({ or: [] })).toEqual([]);
  });

  it("filter on related rows through EXISTS, never repeating a row", async () => {
    const expected: { name: string }[] = await db.ds.query(`
      SELECT e.name FROM establishment e WHERE EXISTS (SELECT 1 FROM habilitation h JOIN certification c ON c.id = h."certificationId"
        WHERE h."establishmentId" = e.id AND c.code = 'CLEA' AND h."storedStatus" = 'GRANTED') ORDER BY e.name`);
    const got = await names({ habilitations: { certificationCode: { eq: "CLEA" }, storedStatus: { eq: "GRANTED" } } });
    expect(got).toEqual(expected.map((r) => r.name));
    expect(new Set(got).size).toBe(got.length);
    const org = (await all())[0]!.organisation!;
    expect(await names({ organisation: { siren: { eq: org.siren } } })).toEqual(
      (await all()).filter((e) => e.organisationId === org.id).map((e) => e.name),
    );
    // A relation back and forth: establishments whose organisation has an establishment in region 84.
    const viaSibling = await names({ organisation: { establishments: { regionCode: { eq: "84" } } } });
    const orgs84 = new Set((await all()).filter((e) => e.regionCode === "84").map((e) => e.organisationId));
    expect(viaSibling).toEqual((await all()).filter((e) => orgs84.has(e.organisationId)).map((e) => e.name));
  });

  it("apply the related entity's scope inside EXISTS: no testing of rows one may not see", async () => {
    const [net] = await db.ds.query(`SELECT "networkId" AS id FROM establishment GROUP BY "networkId" ORDER BY count(*) DESC LIMIT 1`);
    const principal = new Principal("00000000-0000-4000-8000-000000000001", "m@demo.clea.fr", "M", "s", [
      { role: Role.NETWORK_MANAGER, networkId: net.id, establishmentId: null },
    ]);
    const ctx = new RequestContext(db.ds, undefined, undefined, principal, { req: {} as never, res: {} as never, ip: "127.0.0.1" });
    const visible = (await all()).filter((e) => e.networkId === net.id);
    const other = (await all()).find((e) => e.networkId !== net.id)!;
    // The root query here is not scoped (that is scopedQuery's job); the relation is.
    const got = await names({ organisation: { establishments: { siret: { eq: other.siret } } } }, ctx);
    expect(got).toEqual([]);
    const mine = visible[0]!;
    expect((await names({ organisation: { establishments: { siret: { eq: mine.siret } } } }, ctx)).length).toBeGreaterThan(0);
  });

  it("refuse bad values with every problem named, and filters nested too deep", async () => {
    const bad = () =>
      names({ id: { eq: "nope" }, createdAt: { between: [new Date()] } as never, name: { contains: "x".repeat(MAX_TEXT_LENGTH + 1) } });
    await expect(bad()).rejects.toMatchObject({
      extensions: {
        code: "BAD_USER_INPUT",
        problems: [
          { field: "filter.id.eq" },
          { field: "filter.createdAt.between" },
          { field: "filter.name.contains", message: expect.stringContaining("trop long") },
        ],
      },
    });
    await expect(names({ name: { contains: "x".repeat(MAX_TEXT_LENGTH) } })).resolves.toEqual([]);
    let deep: FilterValue = { name: { eq: "x" } };
    for (let i = 0; i <= MAX_FILTER_DEPTH; i++) deep = { not: deep };
    await expect(names(deep)).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
  });

  it("give each collection a typed GraphQL input with operators by type, combinators and allowed relations", async () => {
    @Resolver()
    class R {
      @Query(() => Int)
      count(@Arg("filter", () => establishments.input, { nullable: true }) _f: unknown): number {
        return 0;
      }
    }
    const sdl = printSchema(await buildSchema({ resolvers: [R], validate: true, authChecker: () => true }));
    const block = (name: string) => sdl.slice(sdl.indexOf(`input ${name} {`), sdl.indexOf("}", sdl.indexOf(`input ${name} {`)));
    const est = block("TestEstablishmentFilter");
    for (const f of [
      "id: IdFilter",
      "name: StringFilter",
      "createdAt: DateTimeFilter",
      "and: [TestEstablishmentFilter!]",
      "or: [TestEstablishmentFilter!]",
      "not: TestEstablishmentFilter",
      "organisation: TestOrganisationFilter",
      "habilitations: TestHabilitationFilter",
    ])
      expect(est).toContain(f);
    expect(block("TestHabilitationFilter")).toContain("role: HabilitationRoleFilter");
    expect(block("DateFilter")).toContain("between: [LocalDate!]");
  });
});
