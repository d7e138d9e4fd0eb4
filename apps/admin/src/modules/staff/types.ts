import type { EstablishmentStaffQuery } from "../../shared/graphql/generated/graphql.ts";

/** An assignment as the Personnel tab reads it (the `EstablishmentStaff` query). */
export type StaffRow = EstablishmentStaffQuery["establishmentStaff"][number];
