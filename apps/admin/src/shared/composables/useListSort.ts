import { computed, ref, watch, type ComputedRef, type Ref } from "vue";
import { useRoute, useRouter } from "vue-router";

/** One term of a list's `orderBy` (the API's `<Name>Order`: a field of `<Name>OrderField`, a direction). */
export interface OrderTerm {
  readonly field: string;
  readonly direction: "ASC" | "DESC";
}
/** What a generated `<Name>Order` input looks like (its direction is optional there: ASC by default). */
export interface OrderLike {
  readonly field: string;
  readonly direction?: "ASC" | "DESC";
}
/**
 * The sorts a list offers, by the key that shows in the address (`?tri=<key>`). `T` is the list's
 * generated `<Name>Order` type (e.g. `DossierOrder`), so that a misspelt field fails to compile.
 */
export type SortMap<K extends string, T extends OrderLike = OrderTerm> = Readonly<Record<K, readonly T[]>>;

/** The address parameter holding the sort. */
export const SORT_PARAM = "tri";

export interface ListSortOptions {
  /** Called when the user picks another sort (e.g. `pager.reset`). */
  onChange?: () => void;
  /**
   * Write `?tri=` into the address on change (merged with the other parameters). Pass `false`
   * when the view already writes its whole query on each change (then add `tri: sort.param.value`).
   */
  writeAddress?: boolean;
}

export interface ListSort<K extends string, T extends OrderLike = OrderTerm> {
  /** The chosen key (`v-model` of the picker). */
  key: Ref<K>;
  /** The keys, in the map's order (the picker's options). */
  keys: readonly K[];
  /** The `orderBy` variable of the list's query. */
  orderBy: ComputedRef<T[]>;
  /** The `?tri=` value: the key, or `undefined` for the default (omitted from the address). */
  param: ComputedRef<K | undefined>;
  /** Back to the default sort. */
  reset: () => void;
}

/** The key named by an address value, or the default when missing or unknown. */
export function sortKeyFrom<K extends string>(sorts: SortMap<K, OrderLike>, value: unknown, defaultKey: K): K {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(sorts, value) ? (value as K) : defaultKey;
}

/**
 * The sort picker of a list: read from `?tri=` (unknown values fall back to the default), written
 * back on change without the other parameters of the address being lost (the default is omitted),
 * and the `orderBy` variable of the list's query.
 */
export function useListSort<K extends string, T extends OrderLike = OrderTerm>(
  sorts: SortMap<K, T>,
  defaultKey: K,
  options: ListSortOptions = {},
): ListSort<K, T> {
  const route = useRoute();
  const router = useRouter();
  const key = ref(sortKeyFrom(sorts, route.query[SORT_PARAM], defaultKey)) as Ref<K>;
  const param = computed(() => (key.value === defaultKey ? undefined : key.value));
  watch(key, () => {
    options.onChange?.();
    if (options.writeAddress === false) return;
    void router.replace({ query: { ...router.currentRoute.value.query, [SORT_PARAM]: param.value } });
  });
  return {
    key,
    keys: Object.keys(sorts) as K[],
    orderBy: computed(() => [...sorts[key.value]]),
    param,
    reset: () => {
      key.value = defaultKey;
    },
  };
}
