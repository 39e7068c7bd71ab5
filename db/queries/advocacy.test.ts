import { describe, expect, it } from "vitest";
import { findUserById } from "@/db/queries/users";
import { recordIncident } from "@/lib/cases/incidents";
import { shareCase } from "@/lib/public/sharing";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { countSendersFirstSeenSince, reportsPerWeekSince, topSendersSince } from "./advocacy";
import { categoryTotals, ruleTotals } from "./open-data";

// The figures written with db/dialect.ts helpers and drizzle's count(), on SQLite as the app runs.
describe("advocacy and open-data totals", () => {
  it("count public reports per sender, per Monday-based UTC week, per category and per rule", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-7100-0001", occurredAt: "2026-11-29T21:15" }));
    await recordIncident(user.id, smsInput({ sender: "0812-7100-0001", occurredAt: "2026-11-30T09:00" }));
    await recordIncident(user.id, smsInput({ sender: "0812-7100-0001", occurredAt: "2026-12-01T09:00" }));
    expect(await shareCase((await findUserById(user.id))!, caseId, { extraMasks: [], screenshots: [] })).toBe(true);
    const since = new Date("2026-11-01T00:00:00Z");

    const [top] = await topSendersSince(since, 5);
    expect(top).toMatchObject({ display: "+62 812 7100 0001", reports: 3, reporters: 1 });
    // 21:15 in Jakarta on Sunday the 29th is 14:15 UTC the same day: the week of Monday the 23rd.
    expect(await reportsPerWeekSince(since)).toEqual([
      { week: "2026-11-23", reports: 1 },
      { week: "2026-11-30", reports: 2 },
    ]);
    expect(await countSendersFirstSeenSince(since)).toBe(1);
    expect(await categoryTotals()).toEqual([{ category: "loan", senders: 1, reports: 3 }]);
    const rules = await ruleTotals();
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(typeof rule.ruleId).toBe("string");
      expect(rule.cases).toBeGreaterThan(0);
      expect(rule.reports).toBeGreaterThanOrEqual(rule.cases);
    }
  });
});
