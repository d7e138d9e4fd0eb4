import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../test/helpers.js";
import { signIn } from "../test/auth-fixtures.js";
import { DEMO_SEED } from "./demo.js";
import { createDemoUsers, DEFAULT_DEMO_PASSWORD, demoUsersRefusal, formatDemoUsers, type DemoUser } from "./demo-users.js";
import { generateOrganisationData } from "./generator/organisation-data.js";

let api: TestApi;
let created: DemoUser[];
beforeAll(async () => {
  api = await createTestApi();
  await generateOrganisationData(api.ctx, { scale: 1, seed: DEMO_SEED });
  created = await createDemoUsers(api.ctx);
});
afterAll(async () => {
  await api?.close();
});

describe("demo users", () => {
  it("exist for every role, nationally and in both demo networks, and sign in with the default password", async () => {
    const emails = created.map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(["admin@demo.clea.fr", "analyst@demo.clea.fr", "jury@demo.clea.fr"]));
    for (const slug of ["app", "greta"])
      for (const local of ["manager", "analyst", "centre", "advisor", "evaluator", "trainer"])
        expect(emails).toContain(`${local}.${slug}@demo.clea.fr`);
    expect(new Set(created.map((u) => u.role))).toEqual(
      new Set(["ADMIN", "NETWORK_MANAGER", "CENTRE_MANAGER", "ADVISOR", "EVALUATOR", "TRAINER", "JURY", "ANALYST"]),
    );
    const admin = await signIn(api, "admin@demo.clea.fr", DEFAULT_DEMO_PASSWORD);
    const me = await api.gql(`{ me { roles { role networkId } } }`, {}, admin.headers);
    expect(me.data.me.roles).toEqual([{ role: "ADMIN", networkId: null }]);
    const evaluator = await signIn(api, "evaluator.greta@demo.clea.fr", DEFAULT_DEMO_PASSWORD);
    const staff = await api.gql(`{ me { roles { role network { name } establishment { name } } } }`, {}, evaluator.headers);
    expect(staff.data.me.roles[0]).toMatchObject({
      role: "EVALUATOR",
      network: { name: "GRETA Demo" },
      establishment: { name: expect.any(String) },
    });
  });

  it("put each network's centre staff in an open establishment habilitated as EVALUATOR for CléA, where they can plan a session", async () => {
    for (const slug of ["app", "greta"]) {
      const centre = await signIn(api, `centre.${slug}@demo.clea.fr`, DEFAULT_DEMO_PASSWORD);
      const me = await api.gql(`{ me { roles { establishmentId } } }`, {}, centre.headers);
      const establishmentId = me.data.me.roles[0].establishmentId;
      const res = await api.gql(
        `query($id: ID!) { establishment(id: $id) { status habilitations { role status startDate endDate certification { code } } } }`,
        { id: establishmentId },
      );
      const e = res.data.establishment;
      expect(e.status).toBe("OPEN");
      expect(e.habilitations).toContainEqual(
        expect.objectContaining({ role: "EVALUATOR", status: "GRANTED", certification: { code: "CLEA" } }),
      );
      // The four centre accounts of a network work in the same establishment.
      for (const local of ["advisor", "evaluator", "trainer"]) {
        const other = await signIn(api, `${local}.${slug}@demo.clea.fr`, DEFAULT_DEMO_PASSWORD);
        const roles = (await api.gql(`{ me { roles { establishmentId } } }`, {}, other.headers)).data.me.roles;
        expect(roles).toEqual([{ establishmentId }]);
      }
      // The demo network manager plans a session there, with the demo evaluator.
      const manager = await signIn(api, `manager.${slug}@demo.clea.fr`, DEFAULT_DEMO_PASSWORD);
      const evaluatorId = (
        await api.gql(
          `{ users(first: 1, filter: { search: { contains: "evaluator.${slug}@" } }) { edges { node { id } } } }`,
          {},
          manager.headers,
        )
      ).data.users.edges[0].node.id;
      const planned = await api.gql(
        `mutation($i: PlanEvaluationSessionInput!) { planEvaluationSession(input: $i) { id } }`,
        {
          i: {
            establishmentId,
            evaluatorId,
            certificationCode: "CLEA",
            kind: "PRELIMINARY",
            startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            endsAt: new Date(Date.now() + 7 * 86_400_000 + 3 * 3_600_000).toISOString(),
            siteAddress: "1 place de la Démonstration",
            capacity: 8,
          },
        },
        manager.headers,
      );
      expect(planned.errors, JSON.stringify(planned.errors)).toBeUndefined();
    }
  });

  it("are created once: a second run adds nothing", async () => {
    expect(await createDemoUsers(api.ctx)).toEqual([]);
  });

  it("a demo network manager sees the accounts of their network only", async () => {
    const manager = await signIn(api, "manager.app@demo.clea.fr", DEFAULT_DEMO_PASSWORD);
    const res = await api.gql(`{ users(first: 100) { edges { node { email } } } }`, {}, manager.headers);
    const emails: string[] = res.data.users.edges.map((e: any) => e.node.email);
    expect(emails.length).toBe(6);
    expect(emails.every((e) => e.endsWith(".app@demo.clea.fr"))).toBe(true);
  });

  it("keep production from starting unless ALLOW_DEMO_USERS=true", async () => {
    expect(await demoUsersRefusal(api.ctx, { NODE_ENV: "production" })).toMatch(/Refusing to start in production: 15 demo account/);
    expect(await demoUsersRefusal(api.ctx, { NODE_ENV: "production", ALLOW_DEMO_USERS: "true" })).toBeNull();
    expect(await demoUsersRefusal(api.ctx, { NODE_ENV: "development" })).toBeNull();
  });

  it("are listed with their role and scope, without printing a password chosen through DEMO_PASSWORD", () => {
    const text = formatDemoUsers(created, {});
    expect(text).toContain("admin@demo.clea.fr");
    expect(text).toContain("Administrateur national — national");
    expect(text).toContain(DEFAULT_DEMO_PASSWORD);
    expect(formatDemoUsers(created, { DEMO_PASSWORD: "un secret choisi par l'équipe" })).not.toContain("un secret");
  });

  it("refuse a DEMO_PASSWORD that breaks the policy", async () => {
    await expect(createDemoUsers(api.ctx, "azerty")).rejects.toThrow(/DEMO_PASSWORD/);
  });
});
