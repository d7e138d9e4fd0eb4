import { OneRateLimiter1796700000000 } from "./1796700000000-OneRateLimiter.js";
import { ReportingIndexes1795755900000 } from "./1795755900000-ReportingIndexes.js";
import { ReportRollups1795754977955 } from "./1795754977955-ReportRollups.js";
import { SavedReports1795748495271 } from "./1795748495271-SavedReports.js";
import { Exports1795746349222 } from "./1795746349222-Exports.js";
import { CostBudgets1795746154146 } from "./1795746154146-CostBudgets.js";
import { ImportJobs1795742192217 } from "./1795742192217-ImportJobs.js";
import { DossierProcess1795742170305 } from "./1795742170305-DossierProcess.js";
import { StaffAndSessions1795738580412 } from "./1795738580412-StaffAndSessions.js";
import { HabilitationPeriods1795738108632 } from "./1795738108632-HabilitationPeriods.js";
import { Candidates1795737206824 } from "./1795737206824-Candidates.js";
import { Accounts1795735110131 } from "./1795735110131-Accounts.js";
import { Audit1795734430115 } from "./1795734430115-Audit.js";
import { Initial1795734020012 } from "./1795734020012-Initial.js";
/**
 * Every migration, in order. `pnpm migration:generate` writes a new one from the entities and
 * lists it here. Never edit a migration that has landed: add another.
 */
export const migrations: Function[] = [Initial1795734020012, Audit1795734430115, Accounts1795735110131, Candidates1795737206824, HabilitationPeriods1795738108632, StaffAndSessions1795738580412, DossierProcess1795742170305, ImportJobs1795742192217, CostBudgets1795746154146, Exports1795746349222, SavedReports1795748495271, ReportRollups1795754977955, ReportingIndexes1795755900000, OneRateLimiter1796700000000];
