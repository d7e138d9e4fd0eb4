/**
 * Accounts and roles: who may see an account, who may give which role, and that nobody raises
 * their own rights. A network manager works only inside their network: other networks' accounts
 * answer NOT_FOUND exactly like a missing id, and their establishments cannot be given.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../test/helpers.js";
import { actAs, createUser, type Actor, type TestUser } from "../../test/auth-fixtures.js";
import { countRows, createEstablishment, createNetwork, createOrganisation } from "../../test/organisation-fixtures.js";

let api: TestApi;
let netA: { id: string };
let netB: { id: string };
let estA1: { id: string };
let estA2: { id: string };
let estB1: { id: string };
let managerA: Actor;
let advisorA: TestUser;
let advisorB: TestUser;
let mixed: TestUser;

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { link user { id email roles { role networkId establishmentId } } } }`;
const SET_ROLES = `mutation($id: ID!, $roles: [RoleGrantInput!]!) { setUserRoles(id: $id, roles: $roles) { id roles { role networkId establishmentId } } }`;
const USER = `query($id: ID!) { user(id: $id) { id email roles { role network { name } establishment { name } } } }`;
const USERS = `query($f: UserFilter, $o: [UserOrder!], $first: Int = 100, $after: String) { users(first: $first, after: $after, filter: $f, orderBy: $o) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { email status invitationPending } } } }`;
const MISSING_ID = "6f1c2a9e-0000-4000-8000-000000000000";

let seq = 0;
const inviteInput = (roles: unknown[]) => ({ email: `invite-${++seq}@exemple.fr`, displayName: `Invité ${seq}`, roles });
const code = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  api = await createTestApi();
  netA = await createNetwork(api, "Réseau Alpha", "APP");
  netB = await createNetwork(api, "Réseau Bêta", "GRETA");
  const orgA = await createOrganisation(api, netA.id, "Organisme Alpha");
  const orgB = await createOrganisation(api, netB.id, "Organisme Bêta");
  estA1 = await createEstablishment(api, orgA, { name: "Alpha Centre", nic: 1 });
  estA2 = await createEstablishment(api, orgA, { name: "Alpha Sud", nic: 2 });
  estB1 = await createEstablishment(api, orgB, { name: "Bêta Centre", nic: 1 });
  managerA = await actAs(api, [{ role: "NETWORK_MANAGER", networkId: netA.id }], { email: "manager.alpha@exemple.fr" });
  advisorA = await createUser(api, {
    email: "advisor.alpha@exemple.fr",
    grants: [{ role: "ADVISOR", networkId: netA.id, establishmentId: estA1.id }],
  });
  advisorB = await createUser(api, {
    email: "advisor.beta@exemple.fr",
    grants: [{ role: "ADVISOR", networkId: netB.id, establishmentId: estB1.id }],
  });
  mixed = await createUser(api, {
    email: "mixed@exemple.fr",
    grants: [
      { role: "TRAINER", networkId: netA.id, establishmentId: estA2.id },
      { role: "TRAINER", networkId: netB.id, establishmentId: estB1.id },
    ],
  });
});
afterAll(async () => {
  await api?.close();
});

describe("an ADMIN", () => {
  it("invites with roles of every scope; an establishment role gets its establishment's network", async () => {
    const res = await api.gql(INVITE, {
      i: inviteInput([
        { role: "ADMIN" },
        { role: "ANALYST" },
        { role: "NETWORK_MANAGER", networkId: netB.id },
        { role: "CENTRE_MANAGER", establishmentId: estA1.id },
      ]),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.inviteUser.user.roles).toEqual(
      expect.arrayContaining([
        { role: "ADMIN", networkId: null, establishmentId: null },
        { role: "ANALYST", networkId: null, establishmentId: null },
        { role: "NETWORK_MANAGER", networkId: netB.id, establishmentId: null },
        { role: "CENTRE_MANAGER", networkId: netA.id, establishmentId: estA1.id },
      ]),
    );
  });

  it("gets every faulty grant named, by its position, against the scopes each role allows", async () => {
    const before = await countRows(api, "app_user");
    const res = await api.gql(INVITE, {
      i: inviteInput([
        { role: "ADMIN", networkId: netA.id },
        { role: "CENTRE_MANAGER" },
        { role: "NETWORK_MANAGER", establishmentId: estA1.id },
        { role: "JURY", networkId: "pas-un-uuid" },
      ]),
    });
    expect(code(res)).toBe("BAD_USER_INPUT");
    expect((res.errors![0]!.extensions!.problems as { field: string }[]).map((p) => p.field)).toEqual([
      "roles.0.networkId",
      "roles.1.networkId",
      "roles.2.establishmentId",
      "roles.3.networkId",
      "roles.3.networkId",
    ]);
    const unknown = await api.gql(INVITE, { i: inviteInput([{ role: "ADVISOR", establishmentId: MISSING_ID }]) });
    expect(unknown.errors?.[0]?.extensions?.problems).toEqual([
      { field: "roles.0.establishmentId", message: "Établissement introuvable." },
    ]);
    const mismatch = await api.gql(INVITE, { i: inviteInput([{ role: "ADVISOR", networkId: netB.id, establishmentId: estA1.id }]) });
    expect(mismatch.errors?.[0]?.extensions?.problems?.[0]?.field).toBe("roles.0.networkId");
    expect(await countRows(api, "app_user")).toBe(before);
  });

  it("lists every account, with search, status and role filters, and reads roles with their network and establishment", async () => {
    const all = await api.gql(USERS, {});
    expect(all.data.users.totalCount).toBeGreaterThanOrEqual(5);
    const search = await api.gql(USERS, { f: { search: { contains: "ALPHA" } } });
    expect(search.data.users.edges.map((e: any) => e.node.email)).toEqual(["advisor.alpha@exemple.fr", "manager.alpha@exemple.fr"]);
    const trainers = await api.gql(USERS, { f: { roles: { role: { eq: "TRAINER" } } } });
    expect(trainers.data.users.edges.map((e: any) => e.node.email)).toEqual(["mixed@exemple.fr"]);
    const advisorsNotBeta = await api.gql(USERS, {
      f: { roles: { role: { in: ["ADVISOR", "TRAINER"] } }, not: { search: { contains: "beta" } }, email: { contains: "@exemple.fr" } },
    });
    expect(advisorsNotBeta.data.users.edges.map((e: any) => e.node.email)).toEqual(["advisor.alpha@exemple.fr", "mixed@exemple.fr"]);
    const read = await api.gql(USER, { id: advisorA.id });
    expect(read.data.user.roles).toEqual([{ role: "ADVISOR", network: { name: "Réseau Alpha" }, establishment: { name: "Alpha Centre" } }]);
  });

  it("cannot change their own roles nor deactivate themselves", async () => {
    const self = api.admin!.id;
    expect(code(await api.gql(SET_ROLES, { id: self, roles: [{ role: "ADMIN" }, { role: "JURY" }] }))).toBe("FORBIDDEN");
    const res = await api.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: self });
    expect(res.errors?.[0]).toMatchObject({
      message: "Vous ne pouvez pas désactiver votre propre compte.",
      extensions: { code: "FORBIDDEN" },
    });
  });
});

describe("a NETWORK_MANAGER", () => {
  it("invites staff on their network's establishments and managers or analysts of their network", async () => {
    const res = await managerA.gql(INVITE, {
      i: inviteInput([
        { role: "EVALUATOR", establishmentId: estA1.id },
        { role: "TRAINER", establishmentId: estA2.id },
        { role: "ANALYST", networkId: netA.id },
        { role: "NETWORK_MANAGER", networkId: netA.id },
      ]),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.inviteUser.link).toMatch(/^\/invitation\//);
  });

  it("cannot create an ADMIN, a JURY member or a national ANALYST", async () => {
    const before = await countRows(api, "app_user");
    for (const [role, message] of [
      ["ADMIN", "Vous ne pouvez pas attribuer le rôle « Administrateur national »."],
      ["JURY", "Vous ne pouvez pas attribuer le rôle « Membre de jury »."],
      ["ANALYST", "Vous ne pouvez pas attribuer le rôle « Analyste » national."],
    ]) {
      const res = await managerA.gql(INVITE, { i: inviteInput([{ role }]) });
      expect(res.errors?.[0], role).toMatchObject({ message, extensions: { code: "FORBIDDEN" } });
    }
    expect(await countRows(api, "app_user")).toBe(before);
  });

  it("cannot give a role on another network or its establishments, and a missing establishment gets the same answer", async () => {
    const before = await countRows(api, "app_user");
    const answers = [];
    for (const grant of [
      { role: "ADVISOR", establishmentId: estB1.id },
      { role: "ADVISOR", establishmentId: MISSING_ID },
      { role: "ADVISOR", networkId: netA.id, establishmentId: estB1.id },
      { role: "NETWORK_MANAGER", networkId: netB.id },
      { role: "ANALYST", networkId: netB.id },
    ]) {
      const res = await managerA.gql(INVITE, { i: inviteInput([{ role: "EVALUATOR", establishmentId: estA1.id }, grant]) });
      answers.push(res.errors?.[0]);
    }
    for (const a of answers)
      expect(a).toEqual({
        message: "Vous ne pouvez attribuer des rôles que sur votre réseau et ses établissements.",
        path: ["inviteUser"],
        extensions: { code: "FORBIDDEN" },
      });
    expect(await countRows(api, "app_user")).toBe(before);
    const move = await managerA.gql(SET_ROLES, { id: advisorA.id, roles: [{ role: "ADVISOR", establishmentId: estB1.id }] });
    expect(code(move)).toBe("FORBIDDEN");
  });

  it("sees only the accounts holding a role in their network: another network's account is NOT_FOUND, like a missing id", async () => {
    const list = await managerA.gql(USERS, {});
    expect(list.errors).toBeUndefined();
    const emails: string[] = list.data.users.edges.map((e: any) => e.node.email);
    expect(emails).toEqual(expect.arrayContaining(["advisor.alpha@exemple.fr", "manager.alpha@exemple.fr", "mixed@exemple.fr"]));
    expect(emails).not.toContain("advisor.beta@exemple.fr");
    expect(emails).not.toContain(api.admin!.email);
    expect(list.data.users.totalCount).toBe(emails.length);
    // Filtering on roles only tests the roles they may see: the TRAINER role in network Beta is not one.
    const mixedInBeta = { roles: { role: { eq: "TRAINER" }, networkId: { eq: netB.id } } };
    expect((await api.gql(USERS, { f: mixedInBeta })).data.users.edges.map((e: any) => e.node.email)).toEqual(["mixed@exemple.fr"]);
    const tested = await managerA.gql(USERS, { f: { or: [mixedInBeta, { search: { contains: "beta" } }] } });
    expect(tested.errors).toBeUndefined();
    expect(tested.data.users.totalCount).toBe(0);

    const foreign = await managerA.gql(USER, { id: advisorB.id });
    const missing = await managerA.gql(USER, { id: MISSING_ID });
    expect(foreign.errors?.[0]).toEqual(missing.errors?.[0]);
    expect(code(foreign)).toBe("NOT_FOUND");
    for (const mutation of ["deactivateUser", "reactivateUser", "resendInvitation"])
      expect(code(await managerA.gql(`mutation($id: ID!) { ${mutation}(id: $id) { __typename } }`, { id: advisorB.id })), mutation).toBe(
        "NOT_FOUND",
      );
    expect(code(await managerA.gql(SET_ROLES, { id: advisorB.id, roles: [] }))).toBe("NOT_FOUND");
    expect(code(await managerA.gql(USER, { id: api.admin!.id }))).toBe("NOT_FOUND");
  });

  it("sees only the roles of their network on an account that also serves elsewhere, and cannot deactivate it", async () => {
    const read = await managerA.gql(USER, { id: mixed.id });
    expect(read.data.user.roles).toEqual([{ role: "TRAINER", network: { name: "Réseau Alpha" }, establishment: { name: "Alpha Sud" } }]);
    const res = await managerA.gql(`mutation($id: ID!) { deactivateUser(id: $id) { status } }`, { id: mixed.id });
    expect(code(res)).toBe("FORBIDDEN");
  });

  it("changes the roles they manage and keeps the account's roles elsewhere", async () => {
    const res = await managerA.gql(SET_ROLES, { id: mixed.id, roles: [{ role: "EVALUATOR", establishmentId: estA1.id }] });
    expect(res.errors).toBeUndefined();
    const rows = await api.ds.query(`SELECT role, "establishmentId" FROM role_assignment WHERE "userId" = $1 ORDER BY role`, [mixed.id]);
    expect(rows).toEqual([
      { role: "EVALUATOR", establishmentId: estA1.id },
      { role: "TRAINER", establishmentId: estB1.id },
    ]);
  });

  it("deactivates and reactivates an account of their network", async () => {
    const staff = await createUser(api, { grants: [{ role: "ADVISOR", networkId: netA.id, establishmentId: estA2.id }] });
    const off = await managerA.gql(`mutation($id: ID!) { deactivateUser(id: $id) { status } }`, { id: staff.id });
    expect(off.data).toEqual({ deactivateUser: { status: "DISABLED" } });
    const disabled = await managerA.gql(USERS, { f: { status: { eq: "DISABLED" } } });
    expect(disabled.data.users.edges.map((e: any) => e.node.email)).toContain(staff.email);
    const on = await managerA.gql(`mutation($id: ID!) { reactivateUser(id: $id) { status } }`, { id: staff.id });
    expect(on.data).toEqual({ reactivateUser: { status: "ACTIVE" } });
  });

  it("cannot raise their own rights", async () => {
    for (const roles of [
      [{ role: "ADMIN" }],
      [
        { role: "NETWORK_MANAGER", networkId: netA.id },
        { role: "NETWORK_MANAGER", networkId: netB.id },
      ],
    ]) {
      const res = await managerA.gql(SET_ROLES, { id: managerA.id, roles });
      expect(res.errors?.[0]).toMatchObject({
        message: "Vous ne pouvez pas modifier vos propres rôles.",
        extensions: { code: "FORBIDDEN" },
      });
    }
    const rows = await api.ds.query(`SELECT role, "networkId" FROM role_assignment WHERE "userId" = $1`, [managerA.id]);
    expect(rows).toEqual([{ role: "NETWORK_MANAGER", networkId: netA.id }]);
  });
});

describe("sorting the accounts", () => {
  it("sorts by name, newest or last sign-in, and pages through the order", async () => {
    for (const [email, displayName] of [
      ["zoe.tri@exemple.fr", "Tri Zoé"],
      ["adele.tri@exemple.fr", "Tri Adèle"],
      ["marc.tri@exemple.fr", "Tri Marc"],
    ])
      await createUser(api, { email, displayName });
    const args = { f: { search: { contains: ".tri@" } }, o: [{ field: "DISPLAY_NAME", direction: "DESC" }], first: 2 };
    const first = (await api.gql(USERS, args)).data.users;
    const second = (await api.gql(USERS, { ...args, after: first.pageInfo.endCursor })).data.users;
    expect([...first.edges, ...second.edges].map((e: any) => e.node.email)).toEqual([
      "zoe.tri@exemple.fr",
      "marc.tri@exemple.fr",
      "adele.tri@exemple.fr",
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const newest = (await api.gql(USERS, { ...args, o: [{ field: "CREATED_AT", direction: "DESC" }], first: 1 })).data.users;
    expect(newest.edges[0].node.email).toBe("marc.tri@exemple.fr");
  });
});

describe("other roles", () => {
  it("may not list, read, invite or change accounts", async () => {
    const advisor = await actAs(api, [{ role: "ADVISOR", networkId: netA.id, establishmentId: estA1.id }]);
    const attempts = [
      advisor.gql(USERS, {}),
      advisor.gql(USER, { id: advisorA.id }),
      advisor.gql(INVITE, { i: inviteInput([{ role: "ADVISOR", establishmentId: estA1.id }]) }),
      advisor.gql(SET_ROLES, { id: advisor.id, roles: [{ role: "CENTRE_MANAGER", establishmentId: estA1.id }] }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.errors?.[0]).toMatchObject({
        message: "Votre rôle ne vous permet pas d'inviter des utilisateurs et gérer leurs rôles.",
        extensions: { code: "FORBIDDEN" },
      });
    }
    const me = await advisor.gql(`{ me { email roles { role establishment { name } } } }`);
    expect(me.data.me).toEqual({ email: advisor.email, roles: [{ role: "ADVISOR", establishment: { name: "Alpha Centre" } }] });
  });
});
