import path from "node:path";
import { defineConfig } from "vitest/config";

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
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "server/**/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    env: { TZ: "UTC" },
    // Ceilings, not clocks: rendering a letter PDF takes seconds on a loaded 2-core machine, and a
    // test that passes returns as soon as it is done.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
