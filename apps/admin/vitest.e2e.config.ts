import { defineConfig } from "vitest/config";

/**
 * Browser tests: the built API (serving the built SPA) is started once by e2e/global-setup.ts on
 * a free port with a fresh data folder; each file drives Chromium through playwright-core and
 * runs axe-core on every screen. Files run one after the other (they share the server's data).
 */
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["./e2e/global-setup.ts"],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 60_000,
    reporters: ["default"],
  },
});
