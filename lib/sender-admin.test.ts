import { describe, expect, it } from "vitest";
import { findPublicSender, findShareForCase } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail } from "@/db/queries/users";
import { recordIncident } from "./cases/incidents";
import { findSender } from "./public/directory";
import { shareCase } from "./public/sharing";
import { updateSenderDetails } from "./sender-admin";
import { createTestUser, smsInput } from "@/lib/testing/factories";

async function sharedSender(sender: string) {
  const user = await createTestUser();
  const { caseId } = await recordIncident(user.id, smsInput({ sender, category: "loan" }));
  await shareCase(user, caseId, { extraMasks: [], screenshots: [] });
  return (await findShareForCase(caseId))!.senderId;
}

describe("sender details set by an admin", () => {
  it("names the organisation and sector, joins a sender ID to its number, and finds both by either identity or the name", async () => {
    const admin = await createTestUser();
    await setUserRoleByEmail(admin.email, "admin");
    const number = await sharedSender("0812-7400-0001");
    const brand = await sharedSender("DANAKILAT");
    const result = await updateSenderDetails((await findUserById(admin.id))!, brand, {
      organisation: "PT Dana Kilat",
      sector: "financial",
      sameAs: "+62 812 7400 0001",
    });
    expect(result).toBeUndefined();
    const page = (await findPublicSender(brand))!;
    expect(page.sender.id).toBe(number);
    expect(page.identities.map((identity) => identity.display).sort()).toEqual(["+62 812 7400 0001", "DANAKILAT"]);
    expect(page.stats).toMatchObject({ publicCases: 2, reporters: 2, publicReports: 2 });
    expect((await findSender("danakilat", "ID")).page).toBe(number);
    expect((await findSender("0812 7400 0001", "ID")).page).toBe(number);
    await updateSenderDetails((await findUserById(admin.id))!, number, { organisation: "PT Dana Kilat", sector: "financial", sameAs: "" });
    expect((await findSender("PT Dana", "ID")).matches.map((row) => row.id)).toContain(number);
  });

  it("refuses an unknown identity, a sender joined to itself, and anyone but an admin", async () => {
    const admin = await createTestUser();
    await setUserRoleByEmail(admin.email, "admin");
    const number = await sharedSender("0812-7400-0002");
    expect(await updateSenderDetails((await findUserById(admin.id))!, number, { organisation: "", sector: "", sameAs: "NOBODY-HERE" })).toMatchObject({
      code: "invalid",
      message: "unknownIdentity",
      field: "sameAs",
    });
    expect(await updateSenderDetails((await findUserById(admin.id))!, number, { organisation: "", sector: "", sameAs: "0812-7400-0002" })).toMatchObject({
      code: "invalid",
      message: "sameSender",
      field: "sameAs",
    });
    expect(await updateSenderDetails(await createTestUser(), number, { organisation: "X", sector: "", sameAs: "" })).toMatchObject({ code: "notYours" });
  });
});
