import type { RequestContext } from "../../core/context.js";
import { auditService, type AuditRecord } from "./audit.service.js";

/**
 * Runs a change and records it in the audit trail in one transaction: both commit, or neither.
 * `describe` receives the change's result (the saved row) and says what to record.
 */
export function audited<T>(
  ctx: RequestContext,
  work: (tx: RequestContext) => Promise<T>,
  describe: (result: T) => AuditRecord,
): Promise<T> {
  return ctx.transaction(async (tx) => {
    const result = await work(tx);
    await auditService.record(tx, describe(result));
    return result;
  });
}
