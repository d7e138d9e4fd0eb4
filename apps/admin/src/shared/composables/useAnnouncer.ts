import { ref } from "vue";

/**
 * One polite status line for the whole app (rendered by AppLayout with role="status"): "Réseau
 * créé.", "Version publiée." Screen readers announce it; it stays visible until the next one.
 */
const message = ref("");
const announcedAt = ref(0);
let timer: ReturnType<typeof setTimeout> | undefined;

export function useAnnouncer() {
  function announce(text: string) {
    // Clear first so that the same message twice in a row is announced twice.
    message.value = "";
    announcedAt.value = Date.now();
    clearTimeout(timer);
    timer = setTimeout(() => {
      message.value = text;
    }, 50);
  }
  function clear() {
    clearTimeout(timer);
    message.value = "";
  }
  return { message, announcedAt, announce, clear };
}
