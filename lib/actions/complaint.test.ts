import { beforeEach, describe, expect, it } from "vitest";
import { testSession as session } from "@/lib/testing/session";
import { getDb } from "@/db";
import { findComplaint } from "@/db/queries/complaints";
import { findCaseForUser } from "@/db/queries/cases";
import { OJK_VIOLATION_FIELDS } from "../complaints/ojk";
import { REGULATOR_COMPLAINT_FIELDS } from "../countries/types";
import { recordIncident } from "../cases/incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { recordDocumentSentAction, regenerateDocumentAction, saveDocumentAction } from "./complaint";

const emptyOjkFields = () => Object.fromEntries(OJK_VIOLATION_FIELDS.map((field) => [field, ""]));

describe("complaint actions", () => {
  let caseId: string;
  beforeEach(async () => {
    session.user = await createTestUser();
    caseId = (await recordIncident(session.user.id, smsInput({ occurredAt: "2026-11-22T19:45" }))).caseId;
  });

  it("saves an edited draft and keeps the edit when filled in again", async () => {
    const generated = await regenerateDocumentAction("ID-OJK-VIOLATION", caseId);
    expect(generated).toEqual({ ok: true, data: { keptEdits: [] } });
    const fields = { ...(await findComplaint(getDb(), caseId, "ojk_violation"))!.fields, demand: "Hentikan." };
    expect(await saveDocumentAction("ID-OJK-VIOLATION", caseId, fields)).toEqual({ ok: true, data: undefined });
    expect(await regenerateDocumentAction("ID-OJK-VIOLATION", caseId)).toEqual({ ok: true, data: { keptEdits: ["demand"] } });
    expect((await findComplaint(getDb(), caseId, "ojk_violation"))?.fields.demand).toBe("Hentikan.");
  });

  it("refuses an unknown kind, a field that is too long, and another user's case", async () => {
    expect(await saveDocumentAction("tax_return", caseId, {})).toMatchObject({ ok: false, formError: "notFound" });
    const fields = { ...emptyOjkFields(), chronology: "x".repeat(20_001) };
    expect(await saveDocumentAction("ID-OJK-VIOLATION", caseId, fields)).toMatchObject({ ok: false, fieldErrors: { chronology: "complaintFieldTooLong" } });
    session.user = await createTestUser();
    expect(await regenerateDocumentAction("ID-OJK-VIOLATION", caseId)).toMatchObject({ ok: false, formError: "notFound" });
    expect(await recordDocumentSentAction("ID-OJK-VIOLATION", caseId, { filedAt: "2026-11-24T08:00", channel: "web", reference: "" })).toMatchObject({
      ok: false,
      formError: "notFound",
    });
  });

  it("records the filing: the case is escalated; a future date is refused", async () => {
    expect(await recordDocumentSentAction("ID-OJK-VIOLATION", caseId, { filedAt: "2999-01-01T08:00", channel: "web", reference: "" })).toMatchObject({
      ok: false,
      fieldErrors: { filedAt: "dateInFuture" },
    });
    expect(await recordDocumentSentAction("ID-OJK-VIOLATION", caseId, { filedAt: "2026-11-24T08:00", channel: "web", reference: "APPK-1" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect((await findCaseForUser(session.user!.id, caseId))?.status).toBe("escalated");
    expect((await findComplaint(getDb(), caseId, "ojk_violation"))?.filedReference).toBe("APPK-1");
  });
});

describe("complaints to other bodies", () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });
  const britishCase = async () =>
    (await recordIncident(session.user!.id, smsInput({ country: "GB", timeZone: "Europe/London", sender: "+44 7911 123456", category: "shop_promo" }))).caseId;

  it("saves the ICO draft, files it, and escalates the case with the filing in the timeline", async () => {
    const caseId = await britishCase();
    expect(await regenerateDocumentAction("UK-ICO", caseId)).toEqual({ ok: true, data: { keptEdits: [] } });
    const fields = { ...(await findComplaint(getDb(), caseId, "regulator:UK-ICO"))!.fields, company: "Cheap Phones Ltd" };
    expect(await saveDocumentAction("UK-ICO", caseId, fields)).toEqual({ ok: true, data: undefined });
    expect(await recordDocumentSentAction("UK-ICO", caseId, { filedAt: "2026-11-24T08:00", channel: "web", reference: "ICO-77" })).toEqual({
      ok: true,
      data: undefined,
    });
    expect((await findCaseForUser(session.user!.id, caseId))?.status).toBe("escalated");
    expect((await listExchangesForCase(caseId)).at(-1)).toMatchObject({
      handle: "Information Commissioner's Office (ICO)",
      body: "Complaint filed with Information Commissioner's Office (ICO).",
      reference: "ICO-77",
    });
  });

  it("refuses a body of another country, an unknown body, a field too long, and another user's case", async () => {
    const caseId = await britishCase();
    expect(await regenerateDocumentAction("FR-CNIL", caseId)).toMatchObject({ ok: false, formError: "notFound" });
    expect(await saveDocumentAction("../etc", caseId, {})).toMatchObject({ ok: false, formError: "notFound" });
    expect(await recordDocumentSentAction("UK-NOBODY", caseId, { filedAt: "2026-11-24T08:00", channel: "web", reference: "" })).toMatchObject({
      ok: false,
      formError: "notFound",
    });
    const tooLong = { ...emptyRegulatorFields(), chronology: "x".repeat(20_001) };
    expect(await saveDocumentAction("UK-ICO", caseId, tooLong)).toMatchObject({ ok: false, fieldErrors: { chronology: "complaintFieldTooLong" } });
    session.user = await createTestUser();
    expect(await saveDocumentAction("UK-ICO", caseId, emptyRegulatorFields())).toMatchObject({ ok: false, formError: "notFound" });
    expect(await recordDocumentSentAction("UK-ICO", caseId, { filedAt: "2026-11-24T08:00", channel: "web", reference: "" })).toMatchObject({
      ok: false,
      formError: "notFound",
    });
  });

  it("records the Israeli demand letter as a complaint and a stop request to the sender, not as an escalation", async () => {
    const caseId = (await recordIncident(session.user!.id, smsInput({ country: "IL", timeZone: "Asia/Jerusalem", sender: "054-123-4567" }))).caseId;
    expect(await recordDocumentSentAction("IL-SMALL-CLAIMS", caseId, { filedAt: "2026-11-24T08:00", channel: "letter", reference: "RR123" })).toEqual({
      ok: true,
      data: undefined,
    });
    const userCase = (await findCaseForUser(session.user!.id, caseId))!;
    expect(userCase.status).toBe("new");
    expect(userCase.optOutAt).not.toBeNull();
    expect((await listExchangesForCase(caseId)).at(-1)).toMatchObject({ handle: userCase.sender.display, isComplaint: true, isStopRequest: true });
  });
});

const emptyRegulatorFields = () => Object.fromEntries(REGULATOR_COMPLAINT_FIELDS.map((field) => [field, ""]));
