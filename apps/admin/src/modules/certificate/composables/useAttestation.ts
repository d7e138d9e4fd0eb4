import { ref } from "vue";
import { useI18n } from "vue-i18n";
import { session } from "../../../session/index.ts";

/** Saves bytes as a file through a Blob and a temporary link. */
export function saveBlob(filename: string, blob: Blob): void {
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

/** The API's answer to a refused download: the GraphQL error shape, or nothing readable. */
async function refusal(res: Response): Promise<string | null> {
  const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
  return body?.errors?.[0]?.message ?? null;
}

/**
 * Downloads a certificate's PDF attestation (`GET /certificates/<number>.pdf`) with the session's
 * access token (the token never goes into a URL); an expired token is renewed once.
 */
export function useAttestation() {
  const { t } = useI18n();
  const busy = ref(false);
  const error = ref<string | null>(null);

  async function download(number: string): Promise<boolean> {
    busy.value = true;
    error.value = null;
    const send = async (token: string | null) =>
      fetch(`/certificates/${encodeURIComponent(number)}.pdf`, {
        credentials: "same-origin",
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    try {
      let res = await send(await session.token());
      if (res.status === 401 && (await session.refresh())) res = await send(await session.token());
      if (!res.ok) {
        error.value = (await refusal(res)) ?? t("certificate.downloadFailed");
        return false;
      }
      saveBlob(`attestation-${number}.pdf`, await res.blob());
      return true;
    } catch {
      error.value = t("errors.network");
      return false;
    } finally {
      busy.value = false;
    }
  }
  return { download, busy, error };
}
