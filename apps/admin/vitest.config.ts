import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

/** Unit and component tests (happy-dom). Browser tests have their own config: vitest.e2e.config.ts. */
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: "happy-dom",
      include: ["src/**/*.test.ts"],
      // Component tests mount real views; on a loaded 2-core CI machine (API suite and type
      // checks running beside them) the first mount can take several seconds.
      testTimeout: 30_000,
    },
  }),
);
