import type { CertificationCode, EstablishmentStatus, HabilitationAction, HabilitationRole, HabilitationStatus } from "@clea/schema";

export interface HabilitationRow {
  id: string;
  role: HabilitationRole;
  status: HabilitationStatus;
  decisionDate: string | null;
  decisionReference: string | null;
  startDate: string | null;
  endDate: string | null;
  allowedActions: HabilitationAction[];
  certification: { id: string; code: CertificationCode; name: string };
}
export interface EstablishmentDetail {
  id: string;
  organisationId: string;
  siret: string;
  name: string;
  addressLine: string;
  postalCode: string;
  city: string;
  departmentCode: string;
  regionCode: string;
  status: EstablishmentStatus;
  closedOn: string | null;
  department: { code: string; name: string };
  region: { code: string; name: string };
  organisation: { id: string; legalName: string; siren: string };
  network: { id: string; name: string };
  habilitations: HabilitationRow[];
}
