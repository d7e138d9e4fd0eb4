/**
 * Dossiers for the jury, certificate and funding tests, written straight into the database: a
 * candidate, a dossier in the state asked for (READY_FOR_JURY by default) with a done évaluation
 * préalable and its domain results. The rules under test here are the jury's, the certificate's
 * and the funding's, not how an evaluation is recorded (the evaluation module tests that).
 */
import { randomBytes } from "node:crypto";
import { Role, windowEnd, type DossierState } from "@clea/schema";
import { addDays, todayInFrance } from "../core/dates.js";
import { actAs, createUser, type Actor, type TestUser } from "./auth-fixtures.js";
import type { TestApi } from "./helpers.js";
import { createEstablishment, createNetwork, createOrganisation } from "./organisation-fixtures.js";

export interface JuryWorld {
  network: { id: string };
  establishment: { id: string; networkId: string; name: string };
  evaluator: TestUser;
}

let seq = 0;

/** A network, an organisation and an establishment, and an evaluator working there. */
export async function juryWorld(api: TestApi, name = "Jury"): Promise<JuryWorld> {
  const n = ++seq;
  const network = await createNetwork(api, `Réseau ${name} ${n}`);
  const organisation = await createOrganisation(api, network.id, `Organisme ${name} ${n}`);
  const establishment = await createEstablishment(api, organisation, { name: `Centre ${name} ${n}`, nic: n });
  const evaluator = await createUser(api, { grants: [{ role: Role.EVALUATOR, networkId: network.id, establishmentId: establishment.id }] });
  return { network, establishment, evaluator };
}

export interface DossierOptions {
  certificationCode?: string;
  state?: DossierState;
  /** Date of the évaluation préalable; default: a year ago. */
  preliminaryDate?: string;
  /** Domain codes NOT acquired at the préalable. */
  missing?: string[];
  /** End of validity of the acquired domains; default: préalable + 5 years. */
  validUntil?: string;
  firstNames?: string;
  birthLastName?: string;
  usualName?: string | null;
}

export interface FixtureDossier {
  id: string;
  version: number;
  candidateId: string;
  domainCodes: string[];
}

/** A candidate and a dossier with a done évaluation préalable (every domain acquired unless `missing`). */
export async function fixtureDossier(api: TestApi, world: JuryWorld, o: DossierOptions = {}): Promise<FixtureDossier> {
  const db = api.ds;
  const code = o.certificationCode ?? "CLEA";
  const [ref] = await db.query(
    `SELECT r.id, r."certificationId" FROM referential r JOIN certification c ON c.id = r."certificationId"
      WHERE c.code = $1 AND r.status = 'PUBLISHED'`,
    [code],
  );
  const preliminary = o.preliminaryDate ?? addDays(todayInFrance(), -365);
  const windowEndsOn = windowEnd(preliminary);
  const suffix = randomBytes(5).toString("hex");
  const [candidate] = await db.query(
    `INSERT INTO candidate ("networkId", "establishmentId", pseudonym, "birthLastName", "usualName", "firstNames", "birthDate", "birthPlace",
                            "identityKey", gender, email, "entryStatus", "qualificationLevel", prescriber)
     VALUES ($1, $2, $3, $4, $5, $6, '1984-06-02', 'Rennes', $7, 'FEMALE', $8, 'JOB_SEEKER', 'NO_DIPLOMA', 'FRANCE_TRAVAIL') RETURNING id`,
    [
      world.network.id,
      world.establishment.id,
      `CAND-${suffix}`,
      o.birthLastName ?? "Durand",
      o.usualName ?? null,
      o.firstNames ?? "Jeanne Marie",
      `durand|jeanne marie|1984-06-02|${suffix}`,
      `candidate-${suffix}@test.clea.fr`,
    ],
  );
  const [dossier] = await db.query(
    `INSERT INTO dossier ("candidateId", "certificationId", "referentialId", "establishmentId", "networkId", state, "openedOn", "preliminaryDate", "windowEndsOn")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id, version`,
    [
      candidate.id,
      ref.certificationId,
      ref.id,
      world.establishment.id,
      world.network.id,
      o.state ?? "READY_FOR_JURY",
      preliminary,
      windowEndsOn,
    ],
  );
  const [evaluation] = await db.query(
    `INSERT INTO evaluation ("dossierId", "networkId", "establishmentId", kind, status, "plannedOn", "heldOn", "evaluatorId", "durationMinutes")
     VALUES ($1, $2, $3, 'PRELIMINARY', 'DONE', $4, $4, $5, 420) RETURNING id`,
    [dossier.id, world.network.id, world.establishment.id, preliminary, world.evaluator.id],
  );
  const domains: { id: string; code: string }[] = await db.query(
    `SELECT id, code FROM domain WHERE "referentialId" = $1 ORDER BY position`,
    [ref.id],
  );
  const missing = new Set(o.missing ?? []);
  for (const d of domains) {
    const acquired = !missing.has(d.code);
    await db.query(
      `INSERT INTO domain_result ("evaluationId", "domainId", acquired, "acquiredOn", "validUntil") VALUES ($1, $2, $3, $4, $5)`,
      [evaluation.id, d.id, acquired, acquired ? preliminary : null, acquired ? (o.validUntil ?? windowEndsOn) : null],
    );
  }
  return { id: dossier.id, version: dossier.version, candidateId: candidate.id, domainCodes: domains.map((d) => d.code) };
}

/** A signed-in national jury member. */
export const juryMember = (api: TestApi, displayName?: string): Promise<Actor> => actAs(api, [{ role: Role.JURY }], { displayName });

/** The establishment's centre manager, signed in. */
export const centreManager = (api: TestApi, world: JuryWorld): Promise<Actor> =>
  actAs(api, [{ role: Role.CENTRE_MANAGER, networkId: world.network.id, establishmentId: world.establishment.id }]);

export const today = () => todayInFrance();
