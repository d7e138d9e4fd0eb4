import { ApolloClient, InMemoryCache } from "@apollo/client/core";
import { MockLink, type MockedResponse } from "@apollo/client/testing/core";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { mount } from "@vue/test-utils";
import PrimeVue from "primevue/config";
import type { Component } from "vue";
import { createMemoryHistory, createRouter } from "vue-router";
import { i18n } from "../i18n/index.ts";
import { routes } from "../router.ts";

/** Mounts a view with what main.ts provides: i18n (fr), PrimeVue, a router, and Apollo on a MockLink. */
export async function mountView(component: Component, options: { props?: Record<string, unknown>; mocks?: MockedResponse[] } = {}) {
  const client = new ApolloClient({ link: new MockLink(options.mocks ?? []), cache: new InMemoryCache() });
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push("/");
  await router.isReady();
  const wrapper = mount(component, {
    props: options.props,
    attachTo: document.body,
    global: { plugins: [i18n, router, [PrimeVue, { theme: "none" }]], provide: { [DefaultApolloClient as symbol]: client } },
  });
  return { wrapper, client, router };
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
