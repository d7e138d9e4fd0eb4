/** Saves text as a file through a Blob and a temporary link (no server round trip). */
export function downloadText(filename: string, content: string, mimeType: string): void {
  downloadBlob(filename, new Blob([content], { type: mimeType || "application/octet-stream" }));
}

/** Saves a Blob as a file through a temporary link. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A refusal of a file route, in the GraphQL error shape the API uses (`{ errors: [{ message, extensions: { code } }] }`). */
export class DownloadRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The file name of a `content-disposition: attachment; filename="…"` header. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const m = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return m?.[1] ?? fallback;
}

/**
 * Fetches a file the API serves to a signed-in user (`/exports/…`: the bearer token, as for
 * /graphql; refreshed once on 401) and saves it. A refusal is thrown as DownloadRefused with the
 * API's French message; a network failure with `messages.network`.
 */
export async function fetchAndSave(
  url: string,
  init: RequestInit,
  fallbackName: string,
  token: { token(): Promise<string | null>; refresh(): Promise<boolean> },
  messages: { network: string; unexpected: string },
): Promise<string> {
  const send = async (t: string | null) =>
    fetch(url, {
      ...init,
      credentials: "same-origin",
      headers: { ...(init.headers as Record<string, string> | undefined), ...(t ? { authorization: `Bearer ${t}` } : {}) },
    });
  let res: Response;
  try {
    res = await send(await token.token());
    if (res.status === 401 && (await token.refresh())) res = await send(await token.token());
  } catch {
    throw new DownloadRefused(messages.network, 0, "NETWORK");
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | null;
    const error = body?.errors?.[0];
    throw new DownloadRefused(
      error?.message ?? messages.unexpected,
      res.status,
      String(error?.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
      error?.extensions ?? {},
    );
  }
  const name = fileNameOf(res.headers.get("content-disposition"), fallbackName);
  downloadBlob(name, await res.blob());
  return name;
}
