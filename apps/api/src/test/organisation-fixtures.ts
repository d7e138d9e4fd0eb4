/**
 * Builders for the organisation-model tests: each creates its row through the real GraphQL API
 * (so the fixtures obey the same rules as users) and returns the created object.
 */
import { expect } from "vitest";
import { sirenOf, siretOf } from "../seed/generator/identifiers.js";
import type { TestApi } from "./helpers.js";

let counter = Math.floor(Math.random() * 80_000_000);
/** A fresh valid SIREN per call (the Luhn key computed on 8 varying digits). */
export const nextSiren = () => sirenOf(String(10_000_000 + (counter++ % 89_999_999)));
export { siretOf };

export async function ok<T = any>(api: TestApi, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await api.gql<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

export async function createNetwork(api: TestApi, name: string, kind = "APP") {
  const data = await ok(api, `mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { id name kind } }`, { i: { name, kind } });
  return data.createNetwork as { id: string; name: string; kind: string };
}

export async function createOrganisation(api: TestApi, networkId: string, legalName: string, siren = nextSiren()) {
  const data = await ok(api, `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id siren legalName networkId } }`, {
    i: { networkId, siren, legalName },
  });
  return data.createOrganisation as { id: string; siren: string; legalName: string; networkId: string };
}

export interface EstablishmentFields {
  name: string;
  nic?: number;
  postalCode?: string;
  city?: string;
  departmentCode?: string;
  addressLine?: string;
}

export async function createEstablishment(api: TestApi, organisation: { id: string; siren: string }, f: EstablishmentFields) {
  const data = await ok(
    api,
    `mutation($i: CreateEstablishmentInput!) { createEstablishment(input: $i) { id siret name departmentCode regionCode networkId organisationId } }`,
    {
      i: {
        organisationId: organisation.id,
        siret: siretOf(organisation.siren, f.nic ?? 1),
        name: f.name,
        addressLine: f.addressLine ?? "12 rue de la Paix",
        postalCode: f.postalCode ?? "35000",
        city: f.city ?? "Rennes",
        departmentCode: f.departmentCode ?? "35",
      },
    },
  );
  return data.createEstablishment as {
    id: string;
    siret: string;
    name: string;
    departmentCode: string;
    regionCode: string;
    networkId: string;
    organisationId: string;
  };
}

export async function createHabilitation(
  api: TestApi,
  establishmentId: string,
  certificationCode = "CLEA",
  role = "EVALUATOR",
  dates: Record<string, string | null> = {},
) {
  const data = await ok(
    api,
    `mutation($i: CreateHabilitationInput!) { createHabilitation(input: $i) { id status networkId allowedActions } }`,
    { i: { establishmentId, certificationCode, role, ...dates } },
  );
  return data.createHabilitation as { id: string; status: string; networkId: string; allowedActions: string[] };
}

export async function changeStatus(api: TestApi, id: string, action: string, input?: Record<string, string | null>) {
  return api.gql(
    `mutation($id: ID!, $a: HabilitationAction!, $i: ChangeHabilitationStatusInput) {
       changeHabilitationStatus(id: $id, action: $a, input: $i) { id status allowedActions startDate endDate decisionDate } }`,
    { id, a: action, i: input },
  );
}

/** Rows of a table, to prove that a refused mutation wrote nothing. */
export async function countRows(api: TestApi, table: string): Promise<number> {
  const [{ n }] = await api.ds.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

/** Counts the SQL statements TypeORM sends while `work` runs. */
export async function countStatements(api: TestApi, work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const logger = api.ds.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return original(query, parameters, runner);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return statements;
}
