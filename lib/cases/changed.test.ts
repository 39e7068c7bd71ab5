import { describe, expect, it } from "vitest";
import { writeTransaction } from "@/db";
import { findCaseForUser } from "@/db/queries/cases";
import { findPublicSender, listPublicReports } from "@/db/queries/public";
import { updateUserProfile, findUserById } from "@/db/queries/users";
import { documentType } from "../documents/registry";
import { recordIncident } from "./incidents";
import { shareCase } from "../public/sharing";
import { createTestUser, smsInput } from "@/lib/testing/factories";

// Recording a letter as sent is a write to the case like any other: on a shared case the stop
// request it carries must show in the public rule marks at once (it once did not).

async function sharedCaseOf(input: Parameters<typeof recordIncident>[1]) {
  const user = await createTestUser();
  await writeTransaction((tx) => updateUserProfile(tx, user.id, { name: "Romel", legalName: "Romel Santoso", phone: "0812-5555-0000" }));
  const reporter = (await findUserById(user.id))!;
  const { caseId } = await recordIncident(reporter.id, input);
  return { user: reporter, caseId, senderId: (await findCaseForUser(reporter.id, caseId))!.senderId };
}

const ruleMarks = async (senderId: string) => (await listPublicReports([senderId], 10)).flatMap((report) => report.ruleIds);

describe("a letter recorded on a shared case", () => {
  it("the data letter's stop request marks the later offers on the public page", async () => {
    // An offer the reporter had agreed to, from a licensed lender: no rule broken until they ask to stop.
    const { user, caseId, senderId } = await sharedCaseOf(smsInput({ sender: "0812-7100-0001", occurredAt: "2026-11-23T10:00", consent: "agreed" }));
    expect(await shareCase(user, caseId, { extraMasks: [], screenshots: [] })).toBe(true);
    expect(await ruleMarks(senderId)).not.toContain("ID-OJK-WITHDRAW");

    expect(
      await documentType("data-request", "ID")!.record(user, caseId, {
        filedAt: "2026-11-20T09:00",
        timeZone: "Asia/Jakarta",
        channel: "email",
        reference: "",
      }),
    ).toBe(true);
    expect(await ruleMarks(senderId)).toContain("ID-OJK-WITHDRAW");
    expect((await findPublicSender(senderId))!.stats.facts.rules).toHaveProperty("ID-OJK-WITHDRAW");
  });

  it("the Israeli demand letter's stop request marks the later advertising on the public page", async () => {
    const { user, caseId, senderId } = await sharedCaseOf(
      smsInput({
        country: "IL",
        timeZone: "Asia/Jerusalem",
        sender: "054-710-0002",
        occurredAt: "2026-11-23T10:00",
        consent: "agreed",
        category: "shop_promo",
      }),
    );
    expect(await shareCase(user, caseId, { extraMasks: [], screenshots: [] })).toBe(true);
    expect(await ruleMarks(senderId)).not.toContain("IL-SPAM-WITHDRAW");

    expect(
      await documentType("IL-SMALL-CLAIMS", "IL")!.record(user, caseId, {
        filedAt: "2026-11-20T09:00",
        timeZone: "Asia/Jerusalem",
        channel: "letter",
        reference: "RR1",
      }),
    ).toBe(true);
    expect(await ruleMarks(senderId)).toContain("IL-SPAM-WITHDRAW");
  });
});
