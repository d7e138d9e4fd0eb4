import { DefaultApolloClient } from "@vue/apollo-composable";
import PrimeVue from "primevue/config";
import { createApp } from "vue";
import "primeicons/primeicons.css";
import App from "./App.vue";
import { createApolloClient } from "./apollo.ts";
import { i18n } from "./i18n/index.ts";
import { primeLocale } from "./i18n/prime-locale.ts";
import { createAppRouter } from "./router.ts";
import { installSessionGuard, safeRedirect } from "./session/guard.ts";
import { session } from "./session/index.ts";
import "./styles.css";
import { CleaPreset } from "./theme.ts";

const app = createApp(App);
const client = createApolloClient(session);
const router = createAppRouter();
installSessionGuard(router, session);

// When the session ends (sign-out, or a refresh the API refused), nothing of it may stay on
// screen nor in the cache: the back button must not show a previous user's data.
session.onEnd(async (reason) => {
  await client.clearStore().catch(() => undefined);
  const current = router.currentRoute.value;
  if (current.meta.public) return;
  const redirect = reason === "expired" ? safeRedirect(current.fullPath) : null;
  await router.replace({
    name: "sign-in",
    query: { ...(redirect ? { redirect } : {}), ...(reason === "expired" ? { raison: "expiree" } : { raison: "deconnexion" }) },
  });
});

app.provide(DefaultApolloClient, client);
app.use(i18n);
app.use(router);
app.use(PrimeVue, {
  // No dark mode: the app's own surfaces are light, and axe checks contrast on them.
  theme: { preset: CleaPreset, options: { darkModeSelector: ".clea-dark", cssLayer: false } },
  locale: primeLocale(i18n.global.locale.value),
});
document.documentElement.lang = i18n.global.locale.value;
app.mount("#app");
