import { watchEffect, type Ref } from "vue";
import { useI18n } from "vue-i18n";
import { useRoute } from "vue-router";

/** "<page> – Plateforme CléA"; detail pages pass the record's name to lead the title. */
export function formatTitle(parts: (string | null | undefined)[], appTitle: string): string {
  return [...parts.filter((p): p is string => Boolean(p)), appTitle].join(" – ");
}

export function useDocumentTitle(name?: Ref<string | null | undefined>) {
  const { t } = useI18n();
  const route = useRoute();
  watchEffect(() => {
    const key = route.meta.titleKey;
    document.title = formatTitle([name?.value, key ? t(key) : null], t("app.title"));
  });
}
