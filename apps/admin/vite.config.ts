import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

const api = process.env.API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [vue()],
  // vue-i18n: Composition API only (drops the legacy API from the bundle), no devtools in production.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  // Everything the API serves besides the SPA: GraphQL, probes, file routes (imports, certificate PDFs).
  server: { proxy: { "/graphql": api, "/healthz": api, "/readyz": api, "/imports": api, "/certificates": api } },
  preview: { proxy: { "/graphql": api, "/imports": api, "/certificates": api } },
});
