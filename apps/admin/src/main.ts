import { DefaultApolloClient } from "@vue/apollo-composable";
import PrimeVue from "primevue/config";
import { createApp } from "vue";
import "primeicons/primeicons.css";
import App from "./App.vue";
import { createApolloClient } from "./apollo.ts";
import { i18n } from "./i18n/index.ts";
import { primeLocale } from "./i18n/prime-locale.ts";
import { createAppRouter } from "./router.ts";
import "./styles.css";
import { CleaPreset } from "./theme.ts";

const app = createApp(App);
app.provide(DefaultApolloClient, createApolloClient());
app.use(i18n);
app.use(createAppRouter());
app.use(PrimeVue, {
  // No dark mode: the app's own surfaces are light, and axe checks contrast on them.
  theme: { preset: CleaPreset, options: { darkModeSelector: ".clea-dark", cssLayer: false } },
  locale: primeLocale(i18n.global.locale.value),
});
document.documentElement.lang = i18n.global.locale.value;
app.mount("#app");
