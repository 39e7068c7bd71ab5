import { beforeEach, describe, expect, it } from "vitest";
import { testSession as session } from "@/lib/testing/session";
import { findCaseForUser } from "@/db/queries/cases";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCase } from "@/db/queries/exchanges";
import type { User } from "@/db/schema";
import { pngBytes } from "@/lib/testing/evidence-files";
import { uploadEvidence } from "../evidence/upload";
import { editExchange, nextExchangeDefaults, recordExchange, removeExchange } from "./exchanges";
import { recordIncident, removeIncident } from "./incidents";
import { createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";
import { createExchangeAction } from "../actions/exchange";
import { setCaseCountryAction, setCaseStatusAction } from "../actions/case";

describe("exchanges", () => {
  let user: User;
  let caseId: string;
  beforeEach(async () => {
    user = await createTestUser();
    session.user = user;
    caseId = (await recordIncident(user.id, smsInput())).caseId;
  });

  it("records both directions, keeping only what each direction can say", async () => {
    await recordExchange(user.id, caseId, exchangeInput({ tags: ["redirected"] }));
    await recordExchange(
      user.id,
      caseId,
      exchangeInput({ direction: "incoming", occurredAt: "2026-11-20T13:20", isComplaint: true, tags: ["redirected", "apologised", "redirected"] }),
    );
    const [mine, theirs] = await listExchangesForCase(caseId);
    expect(mine).toMatchObject({ direction: "outgoing", isComplaint: true, tags: [] });
    expect(theirs).toMatchObject({ direction: "incoming", isComplaint: false, tags: ["redirected", "apologised"] });
  });

  it("keeps the earliest stop request, from exchanges or incidents, as the case's opt-out time", async () => {
    expect((await findCaseForUser(user.id, caseId))?.optOutAt).toBeNull();
    const later = (await recordExchange(user.id, caseId, exchangeInput({ occurredAt: "2026-11-21T09:00", isStopRequest: true })))!;
    expect((await findCaseForUser(user.id, caseId))?.optOutAt?.toISOString()).toBe("2026-11-21T02:00:00.000Z");
    const earlier = await recordIncident(
      user.id,
      smsInput({ occurredAt: "2026-11-19T08:00", stopRequest: "replied_stop", stopRequestedAt: "2026-11-19T08:05" }),
    );
    expect((await findCaseForUser(user.id, caseId))?.optOutAt?.toISOString()).toBe("2026-11-19T01:05:00.000Z");
    await removeIncident(user.id, earlier.incidentId);
    expect((await findCaseForUser(user.id, caseId))?.optOutAt?.toISOString()).toBe("2026-11-21T02:00:00.000Z");
    await editExchange(user.id, later.exchangeId, exchangeInput({ occurredAt: "2026-11-21T09:00", isStopRequest: false }));
    expect((await findCaseForUser(user.id, caseId))?.optOutAt).toBeNull();
  });

  it("carries files, and deleting the exchange deletes them", async () => {
    const upload = await uploadEvidence(user.id, { bytes: await pngBytes(90, 40), fileName: "dm.png" });
    if (!upload.ok) throw new Error(upload.error);
    const { exchangeId } = (await recordExchange(user.id, caseId, exchangeInput({ body: "", evidence: [{ id: upload.evidence.id, caption: "DM" }] })))!;
    expect((await listEvidenceForCase(caseId)).map((e) => [e.exchangeId, e.caption])).toEqual([[exchangeId, "DM"]]);
    await removeExchange(user.id, exchangeId);
    expect(await listEvidenceForCase(caseId)).toEqual([]);
  });

  it("takes files straight onto a saved exchange (case page), for its owner only", async () => {
    const { exchangeId } = (await recordExchange(user.id, caseId, exchangeInput()))!;
    const intruder = await createTestUser();
    expect(await uploadEvidence(intruder.id, { bytes: await pngBytes(91, 40), fileName: "x.png" }, { kind: "exchange", id: exchangeId })).toEqual({
      ok: false,
      error: "notFound",
    });
    const added = await uploadEvidence(user.id, { bytes: await pngBytes(92, 40), fileName: "reply.png" }, { kind: "exchange", id: exchangeId });
    expect(added).toMatchObject({ ok: true, evidence: { exchangeId, incidentId: null } });
  });

  it("keeps a case that still has exchanges when its last incident goes", async () => {
    const other = await recordIncident(user.id, smsInput({ sender: "BCA-Promo" }));
    await recordExchange(user.id, other.caseId, exchangeInput());
    expect(await removeIncident(user.id, other.incidentId)).toEqual({ caseId: other.caseId, caseDeleted: false });
    expect(await findCaseForUser(user.id, other.caseId)).toBeDefined();
  });

  it("refuses another user's case and exchanges", async () => {
    const intruder = await createTestUser();
    const { exchangeId } = (await recordExchange(user.id, caseId, exchangeInput()))!;
    expect(await recordExchange(intruder.id, caseId, exchangeInput())).toBeNull();
    expect(await editExchange(intruder.id, exchangeId, exchangeInput({ body: "hacked" }))).toBeNull();
    expect(await removeExchange(intruder.id, exchangeId)).toBeNull();
    expect((await listExchangesForCase(caseId)).map((e) => e.body)).toEqual(["SMS promo Anda setiap hari sangat mengganggu."]);
  });

  it("pre-fills the next message: same channel and account, the other direction, a minute later", async () => {
    const { exchangeId } = (await recordExchange(user.id, caseId, exchangeInput({ channel: "email", handle: "cs@toko.id" })))!;
    const previous = (await listExchangesForCase(caseId)).find((e) => e.id === exchangeId)!;
    expect(nextExchangeDefaults(previous, "Asia/Jakarta")).toMatchObject({
      channel: "email",
      handle: "cs@toko.id",
      direction: "incoming",
      occurredAt: "2026-11-20T13:01",
      body: "",
    });
  });
});

describe("exchange and status actions", () => {
  let caseId: string;
  beforeEach(async () => {
    session.user = await createTestUser();
    caseId = (await recordIncident(session.user.id, smsInput())).caseId;
  });

  it.each([
    ["a future time", { occurredAt: "2999-01-01T10:00" }, "occurredAt", "dateInFuture"],
    ["no text and no attachment", { body: "   " }, "body", "exchangeTextRequired"],
    ["an unknown channel", { channel: "pigeon" }, "channel", "exchangeChannelRequired"],
    ["an unknown tag", { tags: ["bribed"] }, "tags.0", "tagInvalid"],
  ])("answers %s with a field error and stores nothing", async (_label, change, field, key) => {
    const result = await createExchangeAction(caseId, { ...exchangeInput(), ...change }, false);
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: key } });
    expect(await listExchangesForCase(caseId)).toEqual([]);
  });

  it("saves and goes to the case, or on to the next message", async () => {
    await expect(createExchangeAction(caseId, exchangeInput(), false)).rejects.toThrow(
      new RegExp(`REDIRECT /cases/${caseId}\\?saved=exchangeCreated#exchange-`),
    );
    await expect(createExchangeAction(caseId, exchangeInput(), true)).rejects.toThrow(new RegExp(`REDIRECT /cases/${caseId}/exchanges/new\\?after=`));
  });

  it("answers another user's case with not found", async () => {
    session.user = await createTestUser();
    expect(await createExchangeAction(caseId, exchangeInput(), false)).toMatchObject({ ok: false, formError: "notFound" });
    expect(await setCaseStatusAction(caseId, { status: "closed" })).toMatchObject({ ok: false, formError: "notFound" });
  });

  it("sets the user's status, and refuses one that is not in the list", async () => {
    expect(await setCaseStatusAction(caseId, { status: "escalated" })).toEqual({ ok: true, data: undefined });
    expect((await findCaseForUser(session.user!.id, caseId))?.status).toBe("escalated");
    expect(await setCaseStatusAction(caseId, { status: "waiting" })).toMatchObject({ ok: false, fieldErrors: { status: "statusInvalid" } });
  });

  it("sets the country whose rules apply, and refuses one without a pack", async () => {
    expect(await setCaseCountryAction(caseId, { country: "FR" })).toEqual({ ok: true, data: undefined });
    expect((await findCaseForUser(session.user!.id, caseId))?.country).toBe("FR");
    expect(await setCaseCountryAction(caseId, { country: "DE" })).toMatchObject({ ok: false, fieldErrors: { country: "countryInvalid" } });
  });
});
