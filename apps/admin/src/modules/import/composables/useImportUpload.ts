import { session } from "../../../session/index.ts";

export type ImportKindCode = "ESTABLISHMENTS" | "STAFF";

export interface ImportProblem {
  line?: number | null;
  field: string;
  column?: string | null;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  lineCount: number;
  created: number;
  usersInvited: number;
  valid: boolean;
  problems: ImportProblem[];
  jobId?: string;
}

/** A refusal of the upload route: the GraphQL error shape (`{ message, extensions: { code, problems } }`). */
export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly problems: ImportProblem[],
  ) {
    super(message);
  }
}

const PATH: Record<ImportKindCode, string> = { ESTABLISHMENTS: "establishments", STAFF: "staff" };

/** The content type of a file as the API expects it (browsers give CSV files various types, or none). */
export function contentTypeOf(file: File): string {
  if (/\.xlsx$/i.test(file.name)) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  return "text/csv";
}

/**
 * Sends the file's bytes to `POST /imports/<kind>` (beyond the 1 Mo of a GraphQL body) with the
 * session's access token; an UNAUTHENTICATED answer refreshes the session once and sends again.
 */
export async function uploadImport(
  kind: ImportKindCode,
  networkId: string,
  file: File,
  options: { dryRun: boolean; jobId?: string },
  messages: { network: string; unexpected: string },
): Promise<ImportReport> {
  const params = new URLSearchParams({ networkId, dryRun: String(options.dryRun), filename: file.name });
  if (options.jobId) params.set("jobId", options.jobId);
  const send = async (token: string | null) =>
    fetch(`/imports/${PATH[kind]}?${params}`, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": contentTypeOf(file), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: file,
    });
  let res: Response;
  try {
    res = await send(await session.token());
    if (res.status === 401 && (await session.refresh())) res = await send(await session.token());
  } catch {
    throw new ImportRefused(messages.network, "NETWORK", []);
  }
  const body = (await res.json().catch(() => null)) as
    | (ImportReport & { errors?: undefined })
    | { errors: { message: string; extensions?: { code?: string; problems?: ImportProblem[] } }[] }
    | null;
  if (res.ok && body && !body.errors) return body as ImportReport;
  const error = body?.errors?.[0];
  throw new ImportRefused(
    error?.message ?? messages.unexpected,
    error?.extensions?.code ?? "INTERNAL_SERVER_ERROR",
    error?.extensions?.problems ?? [],
  );
}
