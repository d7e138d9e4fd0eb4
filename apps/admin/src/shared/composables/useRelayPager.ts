import { computed, ref } from "vue";

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * Relay paging state: `first/after` going forward, `last/before` going back. `variables` goes
 * straight into a connection query; `reset()` when the filters change.
 */
export function useRelayPager(pageSize = 20) {
  const cursor = ref<{ after?: string; before?: string }>({});
  /** 0-based index of the current page, for the "1 à 20 sur 120" line. */
  const page = ref(0);

  const variables = computed<{ first?: number; after?: string; last?: number; before?: string }>(() =>
    cursor.value.before
      ? { last: pageSize, before: cursor.value.before }
      : cursor.value.after
        ? { first: pageSize, after: cursor.value.after }
        : { first: pageSize },
  );

  function next(info: PageInfo | undefined) {
    if (!info?.hasNextPage || !info.endCursor) return;
    cursor.value = { after: info.endCursor };
    page.value++;
  }
  function previous(info: PageInfo | undefined) {
    if (!info?.hasPreviousPage || !info.startCursor) return;
    page.value = Math.max(0, page.value - 1);
    cursor.value = page.value === 0 ? {} : { before: info.startCursor };
  }
  function reset() {
    cursor.value = {};
    page.value = 0;
  }
  function range(count: number, total: number) {
    const from = total === 0 ? 0 : page.value * pageSize + 1;
    return { from, to: Math.min(total, page.value * pageSize + count), total };
  }

  return { variables, page, pageSize, next, previous, reset, range };
}
