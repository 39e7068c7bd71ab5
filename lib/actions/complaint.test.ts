import { beforeEach, describe, expect, it } from "vitest";
import { testSession as session } from "../test-session";
import { findComplaint } from "@/db/queries/complaints";
import { findCaseForUser } from "@/db/queries/cases";
import { OJK_VIOLATION_FIELDS } from "../complaints/ojk";
import { recordIncident } from "../incidents";
import { createTestUser, smsInput } from "../test-factories";
import { recordOjkFilingAction, regenerateDocumentAction, saveDocumentAction } from "./complaint";

const emptyOjkFields = () => Object.fromEntries(OJK_VIOLATION_FIELDS.map((field) => [field, ""]));

describe("complaint actions", () => {
  let caseId: string;
  beforeEach(() => {
    session.user = createTestUser();
    caseId = recordIncident(session.user.id, smsInput({ occurredAt: "2026-11-22T19:45" })).caseId;
  });

  it("saves an edited draft and keeps the edit when filled in again", async () => {
    const generated = await regenerateDocumentAction("ojk_violation", caseId);
    expect(generated).toEqual({ ok: true, data: { keptEdits: [] } });
    const fields = { ...findComplaint(caseId, "ojk_violation")!.fields, demand: "Hentikan." };
    expect(await saveDocumentAction("ojk_violation", caseId, fields)).toEqual({ ok: true, data: undefined });
    expect(await regenerateDocumentAction("ojk_violation", caseId)).toEqual({ ok: true, data: { keptEdits: ["demand"] } });
    expect(findComplaint(caseId, "ojk_violation")?.fields.demand).toBe("Hentikan.");
  });

  it("refuses an unknown kind, a field that is too long, and another user's case", async () => {
    expect(await saveDocumentAction("tax_return", caseId, {})).toMatchObject({ ok: false, formError: "notFound" });
    const fields = { ...emptyOjkFields(), chronology: "x".repeat(20_001) };
    expect(await saveDocumentAction("ojk_violation", caseId, fields)).toMatchObject({ ok: false, fieldErrors: { chronology: "complaintFieldTooLong" } });
    session.user = createTestUser();
    expect(await regenerateDocumentAction("ojk_violation", caseId)).toMatchObject({ ok: false, formError: "notFound" });
    expect(await recordOjkFilingAction(caseId, { filedAt: "2026-11-24T08:00", channel: "web", reference: "" })).toMatchObject({ ok: false, formError: "notFound" });
  });

  it("records the filing: the case is escalated; a future date is refused", async () => {
    expect(await recordOjkFilingAction(caseId, { filedAt: "2999-01-01T08:00", channel: "web", reference: "" })).toMatchObject({ ok: false, fieldErrors: { filedAt: "dateInFuture" } });
    expect(await recordOjkFilingAction(caseId, { filedAt: "2026-11-24T08:00", channel: "web", reference: "APPK-1" })).toEqual({ ok: true, data: undefined });
    expect(findCaseForUser(session.user!.id, caseId)?.status).toBe("escalated");
    expect(findComplaint(caseId, "ojk_violation")?.filedReference).toBe("APPK-1");
  });
});
