import { mount } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";
import { defineComponent, h, nextTick } from "vue";
import { createMemoryHistory, createRouter } from "vue-router";
import { sortKeyFrom, useListSort, type ListSortOptions, type SortMap } from "./useListSort.ts";

const SORTS = {
  name: [{ field: "NAME", direction: "ASC" }],
  city: [
    { field: "CITY", direction: "ASC" },
    { field: "NAME", direction: "ASC" },
  ],
  recent: [{ field: "CREATED_AT", direction: "DESC" }],
} satisfies SortMap<string>;

/** Mounts a component using the composable, the address being `path`. */
async function setup(path: string, options: ListSortOptions = {}) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: "/:rest(.*)*", component: { render: () => null } }] });
  await router.push(path);
  await router.isReady();
  let sort!: ReturnType<typeof useListSort<keyof typeof SORTS>>;
  const wrapper = mount(
    defineComponent({
      setup() {
        sort = useListSort(SORTS, "name", options);
        return () => h("p");
      },
    }),
    { global: { plugins: [router] } },
  );
  /** Lets the watcher run and the router's replace land. */
  const settle = async () => {
    await nextTick();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { router, sort, wrapper, settle };
}

describe("useListSort: the address's ?tri= and the list's orderBy", () => {
  it("starts on the default, with the default's orderBy, and leaves the address alone", async () => {
    const { router, sort, wrapper } = await setup("/etablissements");
    expect(sort.key.value).toBe("name");
    expect(sort.orderBy.value).toEqual([{ field: "NAME", direction: "ASC" }]);
    expect(sort.param.value).toBeUndefined();
    expect(sort.keys).toEqual(["name", "city", "recent"]);
    expect(router.currentRoute.value.query).toEqual({});
    wrapper.unmount();
  });

  it("reads the sort from ?tri=", async () => {
    const { sort, wrapper } = await setup("/etablissements?tri=city");
    expect(sort.key.value).toBe("city");
    expect(sort.param.value).toBe("city");
    expect(sort.orderBy.value).toEqual([
      { field: "CITY", direction: "ASC" },
      { field: "NAME", direction: "ASC" },
    ]);
    wrapper.unmount();
  });

  it("falls back to the default on an unknown ?tri= (own keys only, not the prototype's)", async () => {
    for (const tri of ["nope", "toString", "constructor", ""]) {
      const { sort, wrapper } = await setup(`/etablissements?tri=${tri}`);
      expect(sort.key.value).toBe("name");
      expect(sort.orderBy.value).toEqual(SORTS.name);
      wrapper.unmount();
    }
    expect(sortKeyFrom(SORTS, ["city"], "name")).toBe("name");
    expect(sortKeyFrom(SORTS, undefined, "recent")).toBe("recent");
  });

  it("writes the chosen sort into the address, keeping the other parameters, and omits the default", async () => {
    const onChange = vi.fn();
    const { router, sort, wrapper, settle } = await setup("/etablissements?region=84&page=x", { onChange });
    sort.key.value = "recent";
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.query).toEqual({ region: "84", page: "x", tri: "recent" });
    expect(sort.orderBy.value).toEqual([{ field: "CREATED_AT", direction: "DESC" }]);
    sort.reset();
    await settle();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(sort.key.value).toBe("name");
    expect(router.currentRoute.value.query).toEqual({ region: "84", page: "x" });
    wrapper.unmount();
  });

  it("leaves the address to the view when told so (writeAddress: false)", async () => {
    const onChange = vi.fn();
    const { router, sort, wrapper, settle } = await setup("/dossiers?etat=CERTIFIED", { onChange, writeAddress: false });
    sort.key.value = "city";
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(sort.param.value).toBe("city");
    expect(router.currentRoute.value.query).toEqual({ etat: "CERTIFIED" });
    wrapper.unmount();
  });
});
