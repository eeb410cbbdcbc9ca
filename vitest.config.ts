import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/**/*.int.test.ts", "node_modules/**"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Test files share their worker's module cache: re-importing pino, zod, Bolt and the sources for each of
    // 60+ files cost about 25 s of a run on 2 cores. No test mutates process-wide state (env, cwd, mocks):
    // each builds its own services, stores and servers.
    isolate: false,
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
