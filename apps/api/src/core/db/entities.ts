import { Establishment } from "../../modules/establishment/establishment.entity.js";
import { Habilitation } from "../../modules/habilitation/habilitation.entity.js";
import { Network } from "../../modules/network/network.entity.js";
import { Organisation } from "../../modules/organisation/organisation.entity.js";
import { Certification, Criterion, Domain, Referential, SubDomain } from "../../modules/referential/referential.entity.js";

/**
 * Every TypeORM entity of the API, listed once. A feature adds its entities here.
 */
export const entities: Function[] = [
  Certification,
  Referential,
  Domain,
  SubDomain,
  Criterion,
  Network,
  Organisation,
  Establishment,
  Habilitation,
];
