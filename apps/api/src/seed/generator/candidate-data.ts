/**
 * Demo candidates: a handful per open establishment of the two demo networks, so that the
 * candidate and dossier screens have people to show. Deterministic for a given seed and day
 * (names, birth dates, statuses…); only database ids and pseudonyms are random, as in production.
 * Written in one transaction with multi-row inserts; system work, so not audited as a user's act.
 */
import { randomUUID } from "node:crypto";
import { base, Faker, fr } from "@faker-js/faker";
import { In } from "typeorm";
import { EntryStatus, EstablishmentStatus, Gender, Prescriber, QualificationLevel } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { todayInFrance } from "../../core/dates.js";
import { Candidate } from "../../modules/candidate/candidate.entity.js";
import { identityKeyOf, newPseudonym } from "../../modules/candidate/candidate.service.js";
import { Establishment } from "../../modules/establishment/establishment.entity.js";
import { Network } from "../../modules/network/network.entity.js";
import { sirenOf, siretOf } from "./identifiers.js";
import { prefectures } from "./places.js";
import { DEMO_NETWORKS } from "./organisation-data.js";

export interface CandidateDataOptions {
  seed: number;
  /** Candidates per open establishment of the demo networks. */
  perEstablishment?: number;
  today?: string;
}

/** Job seekers are the larger share of CléA candidates; employees come through their OPCO or employer. */
const ENTRY_WEIGHTS = [
  { value: EntryStatus.JOB_SEEKER, weight: 60 },
  { value: EntryStatus.EMPLOYEE, weight: 30 },
  { value: EntryStatus.OTHER, weight: 10 },
];
const LEVEL_WEIGHTS = [
  { value: QualificationLevel.NO_DIPLOMA, weight: 35 },
  { value: QualificationLevel.LEVEL_3_CAP_BEP, weight: 35 },
  { value: QualificationLevel.LEVEL_4_BAC, weight: 20 },
  { value: QualificationLevel.LEVEL_5_BAC_PLUS_2, weight: 7 },
  { value: QualificationLevel.LEVEL_6_AND_ABOVE, weight: 3 },
];

function addYears(isoDate: string, years: number, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const ascii = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");

/**
 * One generated candidate of an establishment (identity, contact, entry profile), realistic for
 * CléA: mostly job seekers, low qualification levels, prescribers consistent with the status.
 * Shared by the demo candidates and the dossier generator.
 */
export function buildCandidateRow(
  faker: Faker,
  e: Pick<Establishment, "id" | "networkId" | "departmentCode">,
  today: string,
): Partial<Candidate> {
  const gender = faker.helpers.arrayElement([Gender.FEMALE, Gender.MALE]);
  const sex = gender === Gender.FEMALE ? "female" : "male";
  const firstName = faker.person.firstName(sex);
  const lastName = faker.person.lastName();
  const entryStatus = faker.helpers.weightedArrayElement(ENTRY_WEIGHTS);
  const bornAbroad = faker.number.float() < 0.15;
  const birthDepartment = faker.helpers.arrayElement(Object.keys(prefectures));
  const [city, postalCode] = prefectures[e.departmentCode] ?? ["Paris", "75001"];
  const row: Partial<Candidate> = {
    id: randomUUID(),
    networkId: e.networkId,
    establishmentId: e.id,
    pseudonym: newPseudonym(),
    birthLastName: lastName.toUpperCase(),
    usualName: gender === Gender.FEMALE && faker.number.float() < 0.25 ? faker.person.lastName().toUpperCase() : null,
    firstNames: faker.number.float() < 0.3 ? `${firstName} ${faker.person.firstName(sex)}` : firstName,
    birthDate: addYears(today, faker.number.int({ min: 18, max: 62 }), faker.number.int({ min: 0, max: 364 })),
    birthPlace: bornAbroad
      ? faker.helpers.arrayElement(["Casablanca", "Alger", "Tunis", "Dakar", "Lisbonne", "Bamako", "Porto"])
      : prefectures[birthDepartment]![0],
    bornAbroad,
    gender,
    email: `${ascii(firstName)}.${ascii(lastName)}${faker.number.int({ min: 1, max: 99 })}@exemple.fr`,
    phone:
      faker.number.float() < 0.8
        ? `06 ${faker.string.numeric(2)} ${faker.string.numeric(2)} ${faker.string.numeric(2)} ${faker.string.numeric(2)}`
        : null,
    addressLine: faker.location.streetAddress(),
    addressComplement: null,
    postalCode,
    city,
    entryStatus,
    qualificationLevel: faker.helpers.weightedArrayElement(LEVEL_WEIGHTS),
    prescriber:
      entryStatus === EntryStatus.EMPLOYEE
        ? faker.helpers.arrayElement([Prescriber.EMPLOYER, Prescriber.OPCO, Prescriber.SELF])
        : entryStatus === EntryStatus.JOB_SEEKER
          ? faker.helpers.arrayElement([Prescriber.FRANCE_TRAVAIL, Prescriber.FRANCE_TRAVAIL, Prescriber.REGION, Prescriber.CEP])
          : faker.helpers.arrayElement([Prescriber.SELF, Prescriber.OTHER, Prescriber.CEP]),
    employerSiret:
      entryStatus === EntryStatus.EMPLOYEE
        ? siretOf(sirenOf(faker.string.numeric({ length: 8, allowLeadingZeros: false })), faker.number.int({ min: 1, max: 99 }))
        : null,
  };
  row.identityKey = identityKeyOf(row as Candidate);
  return row;
}

export async function generateDemoCandidates(ctx: RequestContext, options: CandidateDataOptions): Promise<number> {
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(options.seed);
  const today = options.today ?? todayInFrance();
  const perEstablishment = options.perEstablishment ?? 5;

  return ctx.transaction(async (tx) => {
    const networks = await tx.em.getRepository(Network).findBy({ name: In(DEMO_NETWORKS.map((n) => n.name)) });
    if (!networks.length) return 0;
    const establishments = await tx.em.getRepository(Establishment).find({
      where: { networkId: In(networks.map((n) => n.id)), status: EstablishmentStatus.OPEN },
      order: { siret: "ASC" },
    });
    const rows: Partial<Candidate>[] = [];
    for (const e of establishments) {
      for (let k = 0; k < perEstablishment; k++) {
        rows.push(buildCandidateRow(faker, e, today));
      }
    }
    for (let i = 0; i < rows.length; i += 500) await tx.em.getRepository(Candidate).insert(rows.slice(i, i + 500));
    return rows.length;
  });
}
