import { QueryFailedError } from "typeorm";
import { ConflictError } from "./errors.js";

/**
 * Services check duplicates first (for a clear message); two concurrent writes can still both pass
 * that check, and then the unique index answers with 23505. This turns it into the same CONFLICT.
 * `messages` maps a column name (as in the violation's detail, `Key (siret)=(…)`) to the message.
 */
export async function mapUniqueViolation<T>(work: () => Promise<T>, messages: Record<string, string>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const driverError = (err instanceof QueryFailedError ? err.driverError : undefined) as { code?: string; detail?: string } | undefined;
    if (driverError?.code === "23505") {
      const column = /Key \(([^)]+)\)/.exec(driverError.detail ?? "")?.[1]?.replace(/"/g, "");
      const field = column && messages[column] ? column : Object.keys(messages)[0];
      throw new ConflictError(messages[field!] ?? "Cet élément existe déjà.", { field });
    }
    throw err;
  }
}
