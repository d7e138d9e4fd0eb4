/**
 * Every resolver of the API, listed once. A feature adds its resolvers here.
 */
import { HealthResolver } from "./health.resolver.js";
import { EstablishmentResolver } from "../modules/establishment/establishment.resolver.js";
import { GeographyResolver } from "../modules/geography/geography.resolver.js";
import { HabilitationResolver } from "../modules/habilitation/habilitation.resolver.js";
import { NetworkResolver } from "../modules/network/network.resolver.js";
import { OrganisationResolver } from "../modules/organisation/organisation.resolver.js";
import { referentialResolvers } from "../modules/referential/referential.resolver.js";

export const resolvers: Function[] = [HealthResolver,
  GeographyResolver, NetworkResolver, OrganisationResolver, EstablishmentResolver, HabilitationResolver,
  ...referentialResolvers];
