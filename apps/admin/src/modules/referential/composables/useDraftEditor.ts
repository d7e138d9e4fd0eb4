import type { DocumentNode } from "graphql";
import { ref } from "vue";
import { useApolloClient } from "@vue/apollo-composable";
import { useI18n } from "vue-i18n";
import { useAnnouncer } from "../../../shared/composables/useAnnouncer.ts";
import type { GraphqlErrors } from "../../../shared/composables/useGraphqlErrors.ts";
import {
  ADD_CRITERION,
  ADD_DOMAIN,
  ADD_SUB_DOMAIN,
  MOVE_CRITERION,
  MOVE_DOMAIN,
  MOVE_SUB_DOMAIN,
  REMOVE_CRITERION,
  REMOVE_DOMAIN,
  REMOVE_SUB_DOMAIN,
  UPDATE_CRITERION,
  UPDATE_DOMAIN,
  UPDATE_SUB_DOMAIN,
} from "../documents/referential.documents.ts";

export type NodeKind = "domain" | "subDomain" | "criterion";

const MOVE: Record<NodeKind, DocumentNode> = { domain: MOVE_DOMAIN, subDomain: MOVE_SUB_DOMAIN, criterion: MOVE_CRITERION };
const REMOVE: Record<NodeKind, DocumentNode> = { domain: REMOVE_DOMAIN, subDomain: REMOVE_SUB_DOMAIN, criterion: REMOVE_CRITERION };
const UPDATE: Record<NodeKind, DocumentNode> = { domain: UPDATE_DOMAIN, subDomain: UPDATE_SUB_DOMAIN, criterion: UPDATE_CRITERION };

/**
 * Every edit of a DRAFT tree: one mutation, then the tree is refetched (positions and counts
 * change together). Errors land in the screen's error summary; success is announced.
 */
export function useDraftEditor(referentialId: () => string | undefined, refetch: () => Promise<unknown>, errors: GraphqlErrors) {
  const { resolveClient } = useApolloClient();
  const { t } = useI18n();
  const { announce } = useAnnouncer();
  const busy = ref(false);

  async function run(mutation: DocumentNode, variables: Record<string, unknown>, done = t("referential.saved")): Promise<boolean> {
    busy.value = true;
    errors.clear();
    try {
      await resolveClient().mutate({ mutation, variables });
      await refetch();
      announce(done);
      return true;
    } catch (e) {
      errors.capture(e);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    busy,
    move: (kind: NodeKind, id: string, position: number) => run(MOVE[kind], { id, position }),
    remove: (kind: NodeKind, id: string) => run(REMOVE[kind], { id }),
    update: (kind: NodeKind, id: string, input: Record<string, unknown>) => run(UPDATE[kind], { id, input }),
    addDomain: (input: { code: string; title: string }) => run(ADD_DOMAIN, { referentialId: referentialId(), input }),
    addSubDomain: (domainId: string, input: { code: string; title: string }) => run(ADD_SUB_DOMAIN, { domainId, input }),
    addCriterion: (subDomainId: string, input: { code: string; title: string }) => run(ADD_CRITERION, { subDomainId, input }),
  };
}

export type DraftEditor = ReturnType<typeof useDraftEditor>;
