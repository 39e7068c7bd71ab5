import { vi } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Each test file gets a throwaway data directory, so its database starts empty and migrated.
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "spamtrail-test-"));
process.env.PASSWORD_HASH_COST = "4";
// `npm run test:unit:pg`: a PostgreSQL database of its own instead, before the file's imports read lib/env.ts.
if (process.env.TEST_DATABASE === "postgres") await (await import("@/lib/testing/pg-database")).usePostgresDatabase();

// Server actions run in tests without a request: only what needs one is replaced.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT ${url}`);
  },
  notFound: () => {
    throw new Error("NOT_FOUND");
  },
}));
vi.mock("@/lib/auth", async () => {
  const { testSession } = await import("@/lib/testing/session");
  return {
    getCurrentUser: async () => testSession.user,
    requireActionUser: async () => {
      if (!testSession.user) throw new Error("NOT_FOUND");
      return testSession.user;
    },
  };
});
