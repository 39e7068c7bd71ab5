import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { authTokens } from "@/db/tables";
import { consumeAuthToken, findValidAuthToken, issueAuthToken } from "./auth-tokens";
import { createTestUser } from "@/lib/testing/factories";

const HOUR = 60 * 60 * 1000;

describe("one-time auth tokens", () => {
  it("store only a hash, expire (confirm 24 h, reset 1 h), serve one purpose and one use", async () => {
    const user = await createTestUser();
    const now = new Date("2026-12-01T10:00:00Z");
    const confirm = await writeTransaction(() => issueAuthToken(user.id, "confirm-email", now));
    const reset = await writeTransaction(() => issueAuthToken(user.id, "reset-password", now));
    expect(confirm).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = (await getDb().select().from(authTokens)).map((row) => row.tokenHash);
    expect(stored).not.toContain(confirm);
    expect(stored.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);

    expect(await findValidAuthToken(confirm, "confirm-email", new Date(now.getTime() + 23 * HOUR))).not.toBeNull();
    expect(await findValidAuthToken(confirm, "confirm-email", new Date(now.getTime() + 24 * HOUR))).toBeNull();
    expect(await findValidAuthToken(reset, "reset-password", new Date(now.getTime() + 0.9 * HOUR))).not.toBeNull();
    expect(await findValidAuthToken(reset, "reset-password", new Date(now.getTime() + HOUR))).toBeNull();
    expect(await findValidAuthToken(confirm, "reset-password", now)).toBeNull();
    expect(await findValidAuthToken("not a token", "confirm-email", now)).toBeNull();

    const row = (await findValidAuthToken(confirm, "confirm-email", now))!;
    expect(await writeTransaction((tx) => consumeAuthToken(row, tx, now))).toBe(true);
    expect(await writeTransaction((tx) => consumeAuthToken(row, tx, now))).toBe(false);
    expect(await findValidAuthToken(confirm, "confirm-email", now)).toBeNull();
  });
});
