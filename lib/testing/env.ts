import { vi } from "vitest";

/**
 * lib/env.ts validates process.env when it is first imported: this imports it afresh with these
 * variables. A test file using it calls `vi.unstubAllEnvs()` after each test.
 */
export async function loadEnv(vars: Record<string, string>) {
  vi.unstubAllEnvs();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  vi.resetModules();
  return (await import("../env")).env;
}
