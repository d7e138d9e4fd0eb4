import { useApolloClient } from "@vue/apollo-composable";
import type { TypedDocumentNode } from "@apollo/client/core";
import { ref } from "vue";
import { useI18n } from "vue-i18n";
import { useGraphqlErrors } from "../../../shared/composables/useGraphqlErrors.ts";

/**
 * True for the CONFLICT of a stale dossier `version` (the API marks it `staleVersion`), not for
 * another conflict such as "already presented to this session".
 */
export function isVersionConflict(error: unknown): boolean {
  const list = (error as { graphQLErrors?: readonly { extensions?: Record<string, unknown> | null }[] } | null)?.graphQLErrors ?? [];
  return list[0]?.extensions?.code === "CONFLICT" && list[0]?.extensions?.staleVersion === true;
}

/**
 * Sends one dossier mutation for a form. A stale `version` comes back as CONFLICT: the form does
 * not show it as its own error but calls `onConflict` (the dossier page offers to reload); every
 * other refusal (INVALID_TRANSITION, EVALUATOR_IS_TRAINER, a field problem…) goes to `errors`.
 */
export function useTransition(onConflict: () => void) {
  const { t } = useI18n();
  const { resolveClient } = useApolloClient();
  const errors = useGraphqlErrors({ networkMessage: t("errors.network"), unexpectedMessage: t("errors.unexpected") });
  const busy = ref(false);

  /** The mutation's result and variables are those codegen gives its document (`graphql()` of a *.documents.ts file). */
  async function run<T, V extends Record<string, unknown>>(mutation: TypedDocumentNode<T, V>, variables: V): Promise<T | null> {
    busy.value = true;
    errors.clear();
    try {
      const { data } = await resolveClient().mutate({ mutation, variables });
      return data ?? null;
    } catch (e) {
      if (isVersionConflict(e)) onConflict();
      else errors.capture(e);
      return null;
    } finally {
      busy.value = false;
    }
  }
  return { run, busy, errors };
}
