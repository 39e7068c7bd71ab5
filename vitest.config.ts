import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { serviceAvailable } from "./lib/testing/services";

// TEST_DATABASE=postgres (`npm run test:unit:pg`): the same unit tests, each file on a PostgreSQL
// database of its own (lib/testing/pg-global-setup.ts, vitest.setup.ts). Without Debian's
// PostgreSQL that run has nothing to run on and passes empty, saying why (serviceAvailable), unless
// REQUIRE_SERVICES=1 (CI), where it fails.
const onPostgres = process.env.TEST_DATABASE === "postgres";
const postgresRun = onPostgres && serviceAvailable("postgres");
// These start a PostgreSQL of their own next to a SQLite file, in the SQLite run: nothing to add on pg.
const ownPostgres = ["db/migrations-pg.test.ts", "db/dialect.test.ts", "lib/postgres-copy.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Outside Next's react-server build this package throws on import; tests run on the server side.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    include: onPostgres && !postgresRun ? [] : ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts"],
    exclude: onPostgres ? [...configDefaults.exclude, ...ownPostgres] : configDefaults.exclude,
    passWithNoTests: onPostgres && !postgresRun,
    globalSetup: postgresRun ? ["./lib/testing/pg-global-setup.ts"] : [],
    setupFiles: ["./vitest.setup.ts"],
    env: { TZ: "UTC" },
    // Ceilings, not clocks: rendering a letter PDF takes seconds on a loaded 2-core machine, and a
    // test that passes returns as soon as it is done.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
