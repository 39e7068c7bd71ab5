import { describe, expect, it } from "vitest";
import { recordExchange } from "./exchanges";
import { loadExchangeEditPage, loadNewExchangePage } from "./exchange-pages";
import { recordIncident } from "./incidents";
import { createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";

describe("exchange form loaders", async () => {
  const user = await createTestUser();
  const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-7500-0001", occurredAt: "2026-11-20T10:00" }));
  const { caseId: otherCaseId } = await recordIncident(user.id, smsInput({ sender: "0812-7500-0002" }));
  const { exchangeId } = (await recordExchange(
    user.id,
    caseId,
    exchangeInput({ channel: "x", direction: "outgoing", handle: "@toko_care", occurredAt: "2026-11-20T13:00", body: "Berhenti" }),
  ))!;
  const { exchangeId: elsewhere } = (await recordExchange(user.id, otherCaseId, exchangeInput()))!;

  it("edits one of the user's exchanges with its values and the case's first incident; null for anyone else", async () => {
    const page = (await loadExchangeEditPage(user, exchangeId))!;
    expect(page.exchange.id).toBe(exchangeId);
    expect(page.defaultValues).toMatchObject({ body: "Berhenti", handle: "@toko_care", occurredAt: "2026-11-20T13:00" });
    expect(page.initialEvidence).toEqual([]);
    expect(page.firstIncidentAt).toBe("2026-11-20T03:00:00.000Z");
    expect(await loadExchangeEditPage(await createTestUser(), exchangeId)).toBeNull();
  });

  it("follows an exchange of the same case with the direction flipped; starts blank otherwise; null for anyone else's case", async () => {
    const next = (await loadNewExchangePage(user, caseId, exchangeId))!;
    expect(next.previousId).toBe(exchangeId);
    expect(next.defaultValues).toMatchObject({ channel: "x", handle: "@toko_care", direction: "incoming", occurredAt: "2026-11-20T13:01" });
    expect((await loadNewExchangePage(user, caseId, undefined))!).toMatchObject({ previousId: null, defaultValues: { handle: "", direction: "outgoing" } });
    const fromOtherCase = (await loadNewExchangePage(user, caseId, elsewhere))!;
    expect(fromOtherCase.previousId).toBe(elsewhere);
    expect(fromOtherCase.defaultValues).not.toHaveProperty("channel");
    expect((await loadNewExchangePage(user, caseId, "garbage"))!.previousId).toBeNull();
    expect(await loadNewExchangePage(await createTestUser(), caseId, exchangeId)).toBeNull();
  });
});
