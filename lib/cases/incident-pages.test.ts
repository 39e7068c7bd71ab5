import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { loadIncidentEditPage, loadNewIncidentPage } from "./incident-pages";
import { recordIncident } from "./incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";

describe("incident form loaders", () => {
  it("pre-fills a new incident from one of the user's own cases only", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput({ sender: "TOKOPAY" }));
    const fromCase = await loadNewIncidentPage(user, caseId);
    expect(fromCase.fromCaseId).toBe(caseId);
    expect(fromCase.defaultValues).toMatchObject({ sender: "TOKOPAY", country: user.country, timeZone: user.timeZone, channel: "sms" });
    for (const other of await Promise.all([
      loadNewIncidentPage(await createTestUser(), caseId),
      loadNewIncidentPage(user, undefined),
      loadNewIncidentPage(user, "nope"),
    ])) {
      expect(other.fromCaseId).toBeNull();
      expect(other.defaultValues.sender).toBe("");
    }
  });

  it("edits one of the user's incidents; null for anyone else", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-7700-0001", messageText: "Promo" }));
    const incidentId = (await getDb().query.incidents.findFirst({ where: (i, { eq }) => eq(i.caseId, caseId) }))!.id;
    expect(await loadIncidentEditPage(user, incidentId)).toMatchObject({
      incident: { id: incidentId },
      defaultValues: { messageText: "Promo" },
      initialEvidence: [],
    });
    expect(await loadIncidentEditPage(await createTestUser(), incidentId)).toBeNull();
  });
});
