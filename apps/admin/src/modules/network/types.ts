import type { NetworkKind } from "@clea/schema";
import type { PageInfo } from "../../composables/useRelayPager.ts";

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}
export interface NetworkRow {
  id: string;
  name: string;
  kind: NetworkKind;
  organisationCount: number;
  establishmentCount: number;
}
export interface OrganisationRow {
  id: string;
  siren: string;
  legalName: string;
  establishmentCount: number;
}
export interface OrganisationDetail {
  id: string;
  networkId: string;
  siren: string;
  legalName: string;
  trainingDeclarationNumber: string | null;
  qualiopiValidUntil: string | null;
  establishmentCount: number;
  network: { id: string; name: string };
}
