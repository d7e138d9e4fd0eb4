/**
 * Demo and scale data for the organisation model: networks, organisations (SIREN, NDA, Qualiopi),
 * establishments (SIRET on their organisation's SIREN, real department / postal code / region)
 * and habilitations for the three certifications in every status.
 *
 * Deterministic: the same `seed` (and `today`) gives the same data on an empty database. Only
 * database ids are random. Scale 1 ≈ 4 networks, 15 organisations, 50 establishments and 90
 * habilitations; scale N multiplies every count but the two fixed demo networks. Rows are
 * inserted in multi-row batches inside one transaction.
 */
import { randomUUID } from "node:crypto";
import { base, Faker, fr } from "@faker-js/faker";
import { In } from "typeorm";
import {
  CertificationCode,
  departments,
  EstablishmentStatus,
  HabilitationRole,
  HabilitationStatus,
  NetworkKind,
  regions,
  type Department,
  type Region,
} from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { Establishment } from "../../modules/establishment/establishment.entity.js";
import { Habilitation } from "../../modules/habilitation/habilitation.entity.js";
import { todayInFrance } from "../../core/dates.js";
import { Network } from "../../modules/network/network.entity.js";
import { Organisation } from "../../modules/organisation/organisation.entity.js";
import { Certification } from "../../modules/referential/referential.entity.js";
import { sirenOf, siretOf } from "./identifiers.js";
import { prefectures } from "./places.js";

export interface GenerateOptions {
  /** 1 = the demo; N multiplies every count. */
  scale: number;
  seed: number;
  /** The day the dates are relative to (expired habilitations, past Qualiopi dates); default today in France. */
  today?: string;
}

export interface GeneratedCounts {
  networks: number;
  organisations: number;
  establishments: number;
  habilitations: number;
  habilitationsByStatus: Record<HabilitationStatus, number>;
}

/**
 * Two networks with stable names: later issues create demo users in them. When they already
 * exist they are reused, so seeding twice adds organisations to them instead of failing.
 */
export const DEMO_NETWORKS: readonly { name: string; kind: NetworkKind }[] = [
  { name: "Réseau APP Demo", kind: NetworkKind.APP },
  { name: "GRETA Demo", kind: NetworkKind.GRETA },
];

const PER_SCALE = { extraNetworks: 2, organisations: 15 } as const;
const BATCH_SIZE = 1000;
const VALIDITY_DAYS = 3 * 365;

/** What an establishment may hold, with the share of establishments that do. */
const HABILITATION_KINDS: readonly { code: CertificationCode; role: HabilitationRole; share: number }[] = [
  { code: CertificationCode.CLEA, role: HabilitationRole.EVALUATOR, share: 0.85 },
  { code: CertificationCode.CLEA_NUMERIQUE, role: HabilitationRole.EVALUATOR, share: 0.45 },
  { code: CertificationCode.CLEA_NUMERIQUE, role: HabilitationRole.TRAINER, share: 0.25 },
  { code: CertificationCode.CLEA_MANAGEMENT, role: HabilitationRole.EVALUATOR, share: 0.25 },
];

/** The first habilitations take each status in turn, so that even a tiny scale shows them all. */
const EVERY_STATUS: readonly HabilitationStatus[] = [
  HabilitationStatus.GRANTED,
  HabilitationStatus.EXPIRED,
  HabilitationStatus.REQUESTED,
  HabilitationStatus.REFUSED,
  HabilitationStatus.SUSPENDED,
  HabilitationStatus.WITHDRAWN,
];
const STATUS_WEIGHTS = [
  { value: HabilitationStatus.GRANTED, weight: 50 },
  { value: HabilitationStatus.EXPIRED, weight: 12 },
  { value: HabilitationStatus.REQUESTED, weight: 12 },
  { value: HabilitationStatus.REFUSED, weight: 8 },
  { value: HabilitationStatus.SUSPENDED, weight: 9 },
  { value: HabilitationStatus.WITHDRAWN, weight: 9 },
];

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

type Row<T> = Omit<T, "createdAt" | "updatedAt" | "network" | "organisation" | "establishment" | "certification">;

export async function generateOrganisationData(ctx: RequestContext, options: GenerateOptions): Promise<GeneratedCounts> {
  if (!(options.scale > 0)) throw new Error(`scale must be a positive number (got ${options.scale})`);
  const faker = new Faker({ locale: [fr, base] });
  faker.seed(options.seed);
  const today = options.today ?? todayInFrance();
  const scaled = (n: number) => Math.max(1, Math.round(n * options.scale));

  return ctx.transaction(async (tx) => {
    const certifications = await tx.em.getRepository(Certification).findBy({ code: In(Object.values(CertificationCode)) });
    const certificationId = new Map(certifications.map((c) => [c.code, c.id]));
    const missing = Object.values(CertificationCode).filter((c) => !certificationId.has(c));
    if (missing.length) throw new Error(`certifications missing (${missing.join(", ")}): load the référentiels first`);

    // Identifiers already taken, so that seeding a non-empty database adds rows instead of failing.
    const existingNetworks = await tx.em.getRepository(Network).find();
    const takenNames = new Set(existingNetworks.map((n) => n.name.toLowerCase()));
    const takenSirens = new Set<string>((await tx.em.query(`SELECT siren FROM organisation`)).map((r: { siren: string }) => r.siren));
    takenSirens.add("356000000"); // La Poste: its SIRETs follow another rule.
    const takenSirets = new Set<string>((await tx.em.query(`SELECT siret FROM establishment`)).map((r: { siret: string }) => r.siret));

    // Networks
    const networks: Row<Network>[] = [];
    const newNetworks: Row<Network>[] = [];
    for (const demo of DEMO_NETWORKS) {
      const existing = existingNetworks.find((n) => n.name === demo.name);
      if (existing) networks.push(existing);
      else {
        const row = { id: randomUUID(), ...demo };
        takenNames.add(demo.name.toLowerCase());
        networks.push(row);
        newNetworks.push(row);
      }
    }
    const extraKinds = [NetworkKind.AFPA, NetworkKind.PRIVATE, NetworkKind.APP, NetworkKind.GRETA, NetworkKind.OTHER];
    const extraNetworks = Math.round(PER_SCALE.extraNetworks * options.scale);
    for (let i = 0; i < extraNetworks; i++) {
      const kind = extraKinds[i % extraKinds.length]!;
      const region = faker.helpers.arrayElement(regions);
      const department = faker.helpers.arrayElement(departments);
      const company = faker.company.name();
      const wanted = {
        [NetworkKind.AFPA]: `AFPA ${region.name}`,
        [NetworkKind.APP]: `Réseau APP ${region.name}`,
        [NetworkKind.GRETA]: `GRETA ${department.name}`,
        [NetworkKind.PRIVATE]: `${company} Formation`,
        [NetworkKind.OTHER]: `Réseau ${company} Insertion`,
      }[kind];
      let name = wanted;
      for (let n = 2; takenNames.has(name.toLowerCase()); n++) name = `${wanted} ${n}`;
      takenNames.add(name.toLowerCase());
      const row = { id: randomUUID(), name, kind };
      networks.push(row);
      newNetworks.push(row);
    }

    // Organisations, round-robin over the networks, each with a home region cycling over France.
    const organisations: (Row<Organisation> & { homeRegion: Region })[] = [];
    const organisationCount = scaled(PER_SCALE.organisations);
    for (let i = 0; i < organisationCount; i++) {
      const network = networks[i % networks.length]!;
      const homeRegion = regions[i % regions.length]!;
      const homeDepartment = faker.helpers.arrayElement(departments.filter((d) => d.regionCode === homeRegion.code));
      const [city] = prefectures[homeDepartment.code]!;
      let siren: string;
      do siren = sirenOf(faker.string.numeric({ length: 8, allowLeadingZeros: false }));
      while (takenSirens.has(siren));
      takenSirens.add(siren);
      const legalName = {
        [NetworkKind.APP]: `APP ${city} – Association ${faker.person.lastName()}`,
        [NetworkKind.GRETA]: `GRETA ${faker.helpers.arrayElement(["Métropole", "Sud", "Nord", "Est", "Ouest", "Val", "Vallée", "Littoral"])} ${city}`,
        [NetworkKind.AFPA]: `AFPA ${homeDepartment.name}`,
        [NetworkKind.PRIVATE]: `${faker.company.name()} Formation`,
        [NetworkKind.OTHER]: `${faker.company.name()} Insertion`,
      }[network.kind];
      // NDA: region and department of declaration, then a sequence.
      const ndaDepartment = homeDepartment.code.startsWith("97") ? "97" : homeDepartment.code.replace(/2[AB]/, "20");
      const hasNda = faker.number.float() < 0.9;
      const hasQualiopi = faker.number.float() < 0.85;
      organisations.push({
        id: randomUUID(),
        networkId: network.id,
        siren,
        legalName,
        trainingDeclarationNumber: hasNda ? `${homeRegion.code}${ndaDepartment}${faker.string.numeric(7)}` : null,
        // About one in five is already past: the SPA shows them as to renew.
        qualiopiValidUntil: hasQualiopi ? addDays(today, faker.number.int({ min: -300, max: 1100 })) : null,
        homeRegion,
      });
    }

    // Establishments: most in their organisation's region, some anywhere in France.
    const establishments: Row<Establishment>[] = [];
    for (const organisation of organisations) {
      const count = faker.number.int({ min: 1, max: 6 });
      const names = new Set<string>();
      for (let k = 0; k < count; k++) {
        const department: Department =
          faker.number.float() < 0.7
            ? faker.helpers.arrayElement(departments.filter((d) => d.regionCode === organisation.homeRegion.code))
            : faker.helpers.arrayElement(departments);
        const [city, postalCode] = prefectures[department.code]!;
        let siret: string;
        let nic = (k + 1) * 10 + faker.number.int(9);
        do siret = siretOf(organisation.siren, nic++);
        while (takenSirets.has(siret));
        takenSirets.add(siret);
        const street = faker.location.streetAddress();
        let name = `${organisation.legalName} – ${city}`;
        if (names.has(name)) name = `${name} (${street})`;
        names.add(name);
        const closed = faker.number.float() < 0.08;
        establishments.push({
          id: randomUUID(),
          organisationId: organisation.id,
          networkId: organisation.networkId,
          siret,
          name,
          addressLine: street,
          postalCode,
          city,
          departmentCode: department.code,
          regionCode: department.regionCode,
          status: closed ? EstablishmentStatus.CLOSED : EstablishmentStatus.OPEN,
          closedOn: closed ? addDays(today, -faker.number.int({ min: 30, max: 700 })) : null,
        });
      }
    }

    // Habilitations
    const habilitations: Row<Habilitation>[] = [];
    const byStatus = Object.fromEntries(Object.values(HabilitationStatus).map((s) => [s, 0])) as Record<HabilitationStatus, number>;
    let sequence = 0;
    for (const establishment of establishments) {
      for (const kind of HABILITATION_KINDS) {
        if (faker.number.float() >= kind.share) continue;
        const status: HabilitationStatus =
          sequence < EVERY_STATUS.length
            ? EVERY_STATUS[sequence]!
            : establishment.status === EstablishmentStatus.CLOSED
              ? faker.helpers.arrayElement([HabilitationStatus.WITHDRAWN, HabilitationStatus.EXPIRED, HabilitationStatus.REFUSED])
              : faker.helpers.weightedArrayElement(STATUS_WEIGHTS);
        sequence++;
        byStatus[status]++;
        let decisionDate: string | null = null;
        let startDate: string | null = null;
        let endDate: string | null = null;
        if (status === HabilitationStatus.EXPIRED) {
          endDate = addDays(today, -faker.number.int({ min: 1, max: 500 }));
          startDate = addDays(endDate, -VALIDITY_DAYS);
          decisionDate = addDays(startDate, -faker.number.int({ min: 0, max: 30 }));
        } else if (status === HabilitationStatus.REFUSED) {
          decisionDate = addDays(today, -faker.number.int({ min: 20, max: 800 }));
        } else if (status !== HabilitationStatus.REQUESTED) {
          // Decided within the last 2.5 years, valid 3 years: not yet past its end date.
          decisionDate = addDays(today, -faker.number.int({ min: 10, max: 900 }));
          startDate = addDays(decisionDate, faker.number.int({ min: 0, max: 30 }));
          endDate = addDays(startDate, VALIDITY_DAYS);
        }
        habilitations.push({
          id: randomUUID(),
          establishmentId: establishment.id,
          networkId: establishment.networkId,
          certificationId: certificationId.get(kind.code)!,
          role: kind.role,
          // EXPIRED is never stored: it is a GRANTED habilitation past its end date.
          storedStatus: status === HabilitationStatus.EXPIRED ? HabilitationStatus.GRANTED : status,
          decisionDate,
          decisionReference: decisionDate ? `CP-${decisionDate.slice(0, 4)}-${String(sequence).padStart(5, "0")}` : null,
          startDate,
          endDate,
        });
      }
    }

    const insert = async <T>(entity: new () => T, rows: object[]) => {
      for (let i = 0; i < rows.length; i += BATCH_SIZE)
        await tx.em
          .createQueryBuilder()
          .insert()
          .into(entity)
          .values(rows.slice(i, i + BATCH_SIZE) as never)
          .updateEntity(false)
          .execute();
    };
    await insert(Network, newNetworks);
    await insert(
      Organisation,
      organisations.map(({ homeRegion: _h, ...o }) => o),
    );
    await insert(Establishment, establishments);
    await insert(Habilitation, habilitations);

    return {
      networks: newNetworks.length,
      organisations: organisations.length,
      establishments: establishments.length,
      habilitations: habilitations.length,
      habilitationsByStatus: byStatus,
    };
  });
}
