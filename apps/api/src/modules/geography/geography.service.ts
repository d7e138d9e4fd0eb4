import { departments, findDepartment, findRegion, regions } from "@clea/schema";
import type { RequestContext } from "../../core/context.js";
import { InputError } from "../../core/errors.js";
import type { Department, Region } from "./geography.types.js";

/**
 * Regions and departments are reference data shipped in @clea/schema (the SPA uses the same
 * lists), so reading them costs no SQL.
 */
export const geographyService = {
  regions(_ctx: RequestContext): Region[] {
    return regions.map((r) => ({ ...r }));
  },

  departments(_ctx: RequestContext, regionCode?: string | null): Department[] {
    if (regionCode != null && !findRegion(regionCode))
      throw new InputError([{ field: "regionCode", message: "Cette région n'existe pas." }]);
    return departments.filter((d) => regionCode == null || d.regionCode === regionCode).map((d) => ({ ...d }));
  },

  /** The region of a known code; the codes stored in the database are validated on write. */
  region(_ctx: RequestContext, code: string): Region {
    const region = findRegion(code);
    if (!region) throw new Error(`unknown region code ${code}`);
    return { ...region };
  },

  department(_ctx: RequestContext, code: string): Department {
    const department = findDepartment(code);
    if (!department) throw new Error(`unknown department code ${code}`);
    return { ...department };
  },
};
