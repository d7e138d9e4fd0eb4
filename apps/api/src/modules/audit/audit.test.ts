/**
 * The audit trail: append-only in the database itself, written in the transaction of the change
 * it records, readable by ADMIN (everything) and by a network manager (their networks' events),
 * and holding field names, never field values.
 */
import { randomUUID } from "node:crypto";
import type { ApolloServer } from "@apollo/server";
import { AuditAction, Role } from "@clea/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Principal, type RoleGrant } from "../../core/auth/principal.js";
import { RequestContext } from "../../core/context.js";
import { createApp } from "../../app/index.js";
import { actAs, createUser } from "../../test/auth-fixtures.js";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { Network } from "../network/network.entity.js";
import { AuditEvent } from "./audit.entity.js";
import { auditService, changedFieldNames } from "./audit.service.js";

/** The real API over HTTP (`db.gql` calls as an ADMIN), and an Apollo server on the same database to run operations as a principal built in the test. */
let db: TestApi;
let apollo: ApolloServer<RequestContext>;
beforeAll(async () => {
  db = await createTestApi({ referentials: false });
  ({ apollo } = await createApp({ ds: db.ds }));
});
afterAll(async () => {
  await apollo?.stop();
  await db?.close();
});

const g = (role: Role, networkId: string | null = null, establishmentId: string | null = null): RoleGrant => ({
  role,
  networkId,
  establishmentId,
});
const principal = (...grants: RoleGrant[]) => new Principal(randomUUID(), "agent@demo.clea.fr", "Agent", randomUUID(), grants);
const http = { req: { headers: {} } as never, res: {} as never, ip: "203.0.113.7" };
/** A request of `p` (an HTTP exchange is present, as for every API call). */
const as = (p?: Principal) => new RequestContext(db.ds, randomUUID(), undefined, p, http);
const sys = () => new RequestContext(db.ds);

const eventsAbout = (entityId: string) => db.ds.getRepository(AuditEvent).findBy({ entityId });

describe("the audit_event table is append-only for every database role", () => {
  let id: string;
  beforeAll(async () => {
    const entityId = randomUUID();
    await auditService.record(sys(), { action: AuditAction.CREATE, entityType: "Network", entityId });
    [{ id }] = await db.ds.query(`SELECT id FROM audit_event WHERE "entityId" = $1`, [entityId]);
  });

  it("refuses UPDATE, even of a column that means nothing", async () => {
    await expect(db.ds.query(`UPDATE audit_event SET "entityType" = 'Falsified' WHERE id = $1`, [id])).rejects.toThrow(
      /audit_event is append-only: UPDATE refused/,
    );
  });

  it("refuses DELETE, even when no row matches", async () => {
    await expect(db.ds.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db.ds.query(`DELETE FROM audit_event WHERE false`)).rejects.toThrow(/append-only: DELETE refused/);
  });

  it("refuses TRUNCATE", async () => {
    await expect(db.ds.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only: TRUNCATE refused/);
  });

  it("refuses an update through the ORM as well, and the row is unchanged", async () => {
    await expect(db.ds.getRepository(AuditEvent).update({ id }, { action: AuditAction.DELETE })).rejects.toThrow(/append-only/);
    const [row] = await db.ds.query(`SELECT action, "entityType" FROM audit_event WHERE id = $1`, [id]);
    expect(row).toEqual({ action: "CREATE", entityType: "Network" });
  });
});

describe("recording an event", () => {
  it("fills who, when, from where and in which request from the context", async () => {
    const admin = principal(g(Role.ADMIN), g(Role.ANALYST));
    const ctx = as(admin);
    const entityId = randomUUID();
    await auditService.record(ctx, {
      action: AuditAction.UPDATE,
      entityType: "Network",
      entityId,
      changedFields: ["name", "kind"],
      networkId: entityId,
    });
    const [e] = await eventsAbout(entityId);
    expect(e).toMatchObject({
      actorId: admin.userId,
      actorRole: "ADMIN,ANALYST",
      action: "UPDATE",
      entityType: "Network",
      changedFields: ["kind", "name"],
      requestId: ctx.requestId,
      networkId: entityId,
      establishmentId: null,
      ip: "203.0.113.7",
    });
    expect(Math.abs(e!.occurredAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("records system work and a failed sign-in without an actor, and a sign-in with the user given", async () => {
    const failed = randomUUID();
    await auditService.record(as(), { action: AuditAction.SIGN_IN_FAILED, entityType: "User", entityId: failed });
    expect((await eventsAbout(failed))[0]).toMatchObject({ actorId: null, actorRole: null, ip: "203.0.113.7" });

    const user = randomUUID();
    await auditService.record(as(), {
      action: AuditAction.SIGN_IN,
      entityType: "User",
      entityId: user,
      actor: { userId: user, roles: [Role.TRAINER] },
    });
    expect((await eventsAbout(user))[0]).toMatchObject({ actorId: user, actorRole: "TRAINER" });
  });

  it("commits with the change it records", async () => {
    const ctx = as(principal(g(Role.ADMIN)));
    const network = await ctx.transaction(async (tx) => {
      const n = await tx.em.getRepository(Network).save({ name: "Réseau audité", kind: "APP" });
      await auditService.record(tx, { action: AuditAction.CREATE, entityType: "Network", entityId: n.id, networkId: n.id });
      return n;
    });
    expect(await eventsAbout(network.id)).toHaveLength(1);
  });

  it("disappears with the change when the transaction fails after recording: no event for a change that did not happen", async () => {
    const ctx = as(principal(g(Role.ADMIN)));
    let networkId = "";
    await expect(
      ctx.transaction(async (tx) => {
        const n = await tx.em.getRepository(Network).save({ name: "Réseau annulé", kind: "APP" });
        networkId = n.id;
        await auditService.record(tx, { action: AuditAction.CREATE, entityType: "Network", entityId: n.id, networkId: n.id });
        expect(await tx.em.getRepository(AuditEvent).countBy({ entityId: n.id })).toBe(1); // written, inside the transaction
        throw new Error("échec après l'écriture");
      }),
    ).rejects.toThrow("échec après l'écriture");
    expect(networkId).not.toBe("");
    expect(await eventsAbout(networkId)).toHaveLength(0);
    expect(await db.ds.getRepository(Network).countBy({ id: networkId })).toBe(0);
  });
});

describe("personal data in the trail", () => {
  const before = { email: "jeanne.martin@exemple.fr", lastName: "Martin", passwordHash: "$argon2id$v=19$old", phone: "0601020304" };
  const after = { email: "jeanne.durand@exemple.fr", lastName: "Durand", passwordHash: "$argon2id$v=19$new", phone: "0601020304" };

  it("stores the names of the changed fields and no value, old or new", async () => {
    const entityId = randomUUID();
    const changed = changedFieldNames(before, after);
    expect(changed).toEqual(["email", "lastName", "passwordHash"]);
    await auditService.record(as(principal(g(Role.ADMIN))), {
      action: AuditAction.UPDATE,
      entityType: "User",
      entityId,
      changedFields: changed,
    });
    const [row] = await db.ds.query(`SELECT row_to_json(e)::text AS json FROM audit_event e WHERE "entityId" = $1`, [entityId]);
    for (const value of [...Object.values(before), ...Object.values(after), "jeanne", "Martin", "Durand", "argon2", "0601"])
      expect(row.json).not.toContain(value);
    expect(JSON.parse(row.json).changedFields).toEqual(["email", "lastName", "passwordHash"]);
  });

  it("refuses a value passed by mistake as a field name, and the change rolls back with it", async () => {
    const ctx = as(principal(g(Role.ADMIN)));
    let networkId = "";
    await expect(
      ctx.transaction(async (tx) => {
        const n = await tx.em.getRepository(Network).save({ name: "Réseau fautif", kind: "APP" });
        networkId = n.id;
        await auditService.record(tx, {
          action: AuditAction.UPDATE,
          entityType: "User",
          entityId: n.id,
          changedFields: ["jeanne.martin@exemple.fr"],
        });
      }),
    ).rejects.toThrow(/field names only/);
    expect(await db.ds.query(`SELECT 1 FROM audit_event WHERE "changedFields"::text LIKE '%jeanne%'`)).toEqual([]);
    expect(await db.ds.getRepository(Network).countBy({ id: networkId })).toBe(0);
  });
});

describe("reading the trail", () => {
  const netA = randomUUID();
  const netB = randomUUID();
  const actorA = randomUUID();
  const actorB = randomUUID();
  const entity = randomUUID();
  const type = "ReadFixture";
  const t0 = new Date("2026-03-01T08:00:00.000Z");
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  beforeAll(async () => {
    // Fixture rows with chosen times (inserting is what the table allows).
    const rows: Partial<AuditEvent>[] = [
      { occurredAt: at(0), actorId: actorA, action: AuditAction.CREATE, entityId: entity, networkId: netA },
      { occurredAt: at(1), actorId: actorA, action: AuditAction.UPDATE, entityId: entity, networkId: netA, changedFields: ["name"] },
      { occurredAt: at(2), actorId: actorB, action: AuditAction.UPDATE, entityId: randomUUID(), networkId: netB },
      { occurredAt: at(3), actorId: actorB, action: AuditAction.EXPORT, entityId: null, networkId: netB },
      { occurredAt: at(4), actorId: actorA, action: AuditAction.TRANSITION, entityId: randomUUID(), networkId: netA },
      { occurredAt: at(5), actorId: null, action: AuditAction.IMPORT, entityId: randomUUID(), networkId: null },
    ];
    await db.ds
      .getRepository(AuditEvent)
      .insert(
        rows.map((r) => ({ entityType: type, requestId: "fixture", actorRole: r.actorId ? "ADMIN" : null, ip: "198.51.100.1", ...r })),
      );
  });

  const QUERY = `query($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter, $orderBy: [AuditEventOrder!]) {
    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id occurredAt actorId actorRoles action entityType entityId changedFields requestId networkId establishmentId ip } }
    }
  }`;
  async function run(p: Principal | undefined, variables: Record<string, unknown> = {}) {
    const res = await apollo.executeOperation({ query: QUERY, variables }, { contextValue: as(p) });
    if (res.body.kind !== "single") throw new Error("unexpected incremental result");
    return res.body.singleResult as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  }
  const times = (r: { data?: any }) => r.data.auditEvents.edges.map((e: any) => e.node.occurredAt);
  const mine = { entityType: { eq: type } };
  const admin = principal(g(Role.ADMIN));

  it("lists the newest first and pages forwards and backwards with cursors", async () => {
    const p1 = await run(admin, { first: 4, filter: mine });
    expect(p1.errors).toBeUndefined();
    expect(p1.data.auditEvents.totalCount).toBe(6);
    expect(times(p1)).toEqual([at(5), at(4), at(3), at(2)].map((d) => d.toISOString()));
    expect(p1.data.auditEvents.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const p2 = await run(admin, { first: 4, after: p1.data.auditEvents.pageInfo.endCursor, filter: mine });
    expect(times(p2)).toEqual([at(1), at(0)].map((d) => d.toISOString()));
    expect(p2.data.auditEvents.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const back = await run(admin, { last: 2, before: p2.data.auditEvents.pageInfo.startCursor, filter: mine });
    expect(times(back)).toEqual([at(3), at(2)].map((d) => d.toISOString()));
    expect(back.data.auditEvents.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it("filters by actor, entity, action and period, all criteria together", async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await run(admin, { filter: { ...mine, ...filter } })).data.auditEvents.totalCount;
    expect(await count({ actorId: { eq: actorA } })).toBe(3);
    expect(await count({ actorId: { eq: actorB } })).toBe(2);
    expect(await count({ entityId: { eq: entity } })).toBe(2);
    expect(await count({ action: { eq: "UPDATE" } })).toBe(2);
    expect(await count({ action: { eq: "UPDATE" }, actorId: { eq: actorA } })).toBe(1);
    expect(await count({ occurredAt: { gte: at(2).toISOString() } })).toBe(4);
    expect(await count({ occurredAt: { lt: at(2).toISOString() } })).toBe(2);
    expect(await count({ occurredAt: { gte: at(1).toISOString(), lt: at(4).toISOString() } })).toBe(3);
    expect(await count({ entityType: { eq: "NoSuchType" } })).toBe(0);
    // System work (no actor) or actor B, except the updates: the export and the import.
    expect(await count({ or: [{ actorId: { isNull: true } }, { actorId: { eq: actorB } }], not: { action: { eq: "UPDATE" } } })).toBe(2);
    const one = await run(admin, { filter: { ...mine, entityId: { eq: entity }, action: { eq: "UPDATE" } } });
    expect(one.data.auditEvents.edges[0].node).toMatchObject({ changedFields: ["name"], actorRoles: ["ADMIN"], ip: "198.51.100.1" });
  });

  it("sorts the oldest first when asked, paging through that order", async () => {
    const asc = { filter: mine, orderBy: [{ field: "OCCURRED_AT", direction: "ASC" }], first: 4 };
    const p1 = await run(admin, asc);
    expect(times(p1)).toEqual([at(0), at(1), at(2), at(3)].map((d) => d.toISOString()));
    const p2 = await run(admin, { ...asc, after: p1.data.auditEvents.pageInfo.endCursor });
    expect(times(p2)).toEqual([at(4), at(5)].map((d) => d.toISOString()));
    expect(p2.data.auditEvents.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses an actor filter that is not an id with BAD_USER_INPUT", async () => {
    const r = await run(admin, { filter: { actorId: { eq: "jeanne" } } });
    expect(r.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("shows a network manager the events of their network only, without client addresses", async () => {
    const r = await run(principal(g(Role.NETWORK_MANAGER, netA)), { filter: mine });
    expect(r.errors).toBeUndefined();
    expect(r.data.auditEvents.totalCount).toBe(3);
    expect(r.data.auditEvents.edges.every((e: any) => e.node.networkId === netA && e.node.ip === null)).toBe(true);
    // Filtering for the other network's actor finds nothing rather than their events.
    expect(
      (await run(principal(g(Role.NETWORK_MANAGER, netA)), { filter: { ...mine, actorId: { eq: actorB } } })).data.auditEvents.totalCount,
    ).toBe(0);
    // A manager of both networks sees both; never the national events (no network).
    expect(
      (await run(principal(g(Role.NETWORK_MANAGER, netA), g(Role.NETWORK_MANAGER, netB)), { filter: mine })).data.auditEvents.totalCount,
    ).toBe(5);
  });

  it("refuses every other role with FORBIDDEN, even one that also reads the network", async () => {
    const others = [
      principal(g(Role.ANALYST)),
      principal(g(Role.ANALYST, netA)),
      principal(g(Role.JURY)),
      ...[Role.CENTRE_MANAGER, Role.ADVISOR, Role.EVALUATOR, Role.TRAINER].map((r) => principal(g(r, netA, randomUUID()))),
    ];
    for (const p of others) {
      const r = await run(p, { filter: mine });
      expect(r.errors?.[0]?.extensions?.code, p.roles.join()).toBe("FORBIDDEN");
      expect(r.data).toBeNull();
    }
  });

  it("refuses an anonymous caller with UNAUTHENTICATED", async () => {
    const r = await run(undefined, { filter: mine });
    expect(r.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers signed-in users over HTTP by the same rules", async () => {
    const [{ id: netC }] = await db.ds.query(`INSERT INTO network (name, kind) VALUES ('Réseau C', 'GRETA') RETURNING id`);
    const http = { entityType: "HttpFixture", requestId: "fixture", action: AuditAction.UPDATE };
    await db.ds.getRepository(AuditEvent).insert([
      { ...http, networkId: netC },
      { ...http, networkId: netA },
    ]);
    const manager = await actAs(db, [{ role: Role.NETWORK_MANAGER, networkId: netC }]);
    const analyst = await actAs(db, [{ role: Role.ANALYST }]);
    const filter = { entityType: { eq: "HttpFixture" } };
    expect((await db.gql(QUERY, { filter })).data.auditEvents.totalCount).toBe(2); // the file's ADMIN
    const managed = await manager.gql(QUERY, { filter });
    expect(managed.data.auditEvents.edges.map((e: any) => e.node.networkId)).toEqual([netC]);
    expect((await analyst.gql(QUERY, { filter })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await db.anonymousGql(QUERY, { filter })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("filters on the actor's account, among the accounts the reader may see", async () => {
    const [{ id: netD }] = await db.ds.query(`INSERT INTO network (name, kind) VALUES ('Réseau D', 'APP') RETURNING id`);
    const [{ id: netE }] = await db.ds.query(`INSERT INTO network (name, kind) VALUES ('Réseau E', 'APP') RETURNING id`);
    const staff = await createUser(db, { email: "acteur.d@exemple.fr", grants: [{ role: Role.ANALYST, networkId: netD }] });
    const outsider = await createUser(db, { email: "acteur.ailleurs@exemple.fr", grants: [{ role: Role.ANALYST, networkId: netE }] });
    const acted = { entityType: "ActorFixture", requestId: "fixture", action: AuditAction.UPDATE, networkId: netD };
    await db.ds.getRepository(AuditEvent).insert([
      { ...acted, actorId: staff.id },
      { ...acted, actorId: outsider.id },
    ]);
    const byActor = { entityType: { eq: "ActorFixture" }, actor: { email: { startsWith: "acteur." } } };
    expect((await db.gql(QUERY, { filter: byActor })).data.auditEvents.totalCount).toBe(2);
    // The manager of network D reads both events (they are about D), but may only test the accounts they see.
    const manager = await actAs(db, [{ role: Role.NETWORK_MANAGER, networkId: netD }]);
    const seen = await manager.gql(QUERY, { filter: byActor });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.auditEvents.edges.map((e: any) => e.node.actorId)).toEqual([staff.id]);
  });
});
