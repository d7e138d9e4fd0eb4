import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

const api = process.env.API_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [vue()],
  server: { proxy: { "/graphql": api, "/healthz": api, "/readyz": api } },
  preview: { proxy: { "/graphql": api } },
});
