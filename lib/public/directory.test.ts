import { describe, expect, it } from "vitest";
import { findShareForCase } from "@/db/queries/public";
import type { Country } from "../domain";
import { recordIncident } from "../cases/incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { searchTarget } from "./directory";
import { shareCase } from "./sharing";

async function sharedSender(sender: string, country: Country = "ID") {
  const user = await createTestUser();
  const { caseId } = await recordIncident(user.id, smsInput({ sender, country, timeZone: country === "FR" ? "Europe/Paris" : "Asia/Jakarta" }));
  await shareCase(user, caseId, { extraMasks: [], screenshots: [] });
  return (await findShareForCase(caseId))!.senderId;
}

const search = (query: Record<string, string>, country = "ID") => searchTarget(new URLSearchParams(query), country);

describe("the directory's search box", () => {
  it("leads an exact identity in any format straight to its page", async () => {
    const number = await sharedSender("0812-7410-0001");
    const brand = await sharedSender("KILATDANA");
    expect(await search({ q: "+62 812 7410 0001" })).toBe(`/senders/${number}`);
    expect(await search({ q: " 6281274100001 ", sort: "total" })).toBe(`/senders/${number}`);
    expect(await search({ q: "kilatdana" })).toBe(`/senders/${brand}`);
  });

  it("reads a national number as the visitor's country first, then as the others", async () => {
    const medan = await sharedSender("061 2741 001");
    const paris = await sharedSender("06 12 74 10 01", "FR");
    expect(await search({ q: "0612741001" }, "ID")).toBe(`/senders/${medan}`);
    expect(await search({ q: "0612741001" }, "FR")).toBe(`/senders/${paris}`);
    expect(await search({ q: "+33 6 12 74 10 01" }, "ID")).toBe(`/senders/${paris}`);
  });

  it("goes back to the directory with the search and filters when no identity has public reports", async () => {
    const user = await createTestUser();
    await recordIncident(user.id, smsInput({ sender: "0812-7410-0002" }));
    expect(await search({ q: "0812-7410-0002", category: "loan", sector: "" })).toBe("/senders?q=0812-7410-0002&category=loan");
    expect(await search({ q: "PT Contoh", sort: "violations" })).toBe("/senders?q=PT+Contoh&sort=violations");
    expect(await search({ q: "" })).toBe("/senders");
    expect(await search({})).toBe("/senders");
  });
});
