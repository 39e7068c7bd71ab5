import { beforeEach, describe, expect, it } from "vitest";
import { testSession as session } from "@/lib/testing/session";
import { listCaseSummaries } from "@/db/queries/cases";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { createIncidentAction, deleteIncidentAction, updateIncidentAction } from "./incident";
import { listIncidentsForCase } from "@/db/queries/incidents";

describe("incident server actions", () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });

  it.each([
    ["nothing", undefined],
    ["a string", "DROP TABLE incidents"],
    ["wrong types", { sender: 1, channel: ["sms"], occurredAt: null }],
    ["a future time and a 10,000-character text", { ...smsInput(), occurredAt: "2999-01-01T00:00", messageText: "x".repeat(10_000) }],
  ])("answers %s with field errors and stores nothing", async (_label, values) => {
    const result = await createIncidentAction(values);
    expect(result.ok).toBe(false);
    expect(result.ok ? {} : result.fieldErrors).not.toEqual({});
    expect(await listCaseSummaries(session.user!.id)).toEqual([]);
  });

  it("uses the profile's zone, not one sent by the browser", async () => {
    const user = session.user!;
    await expect(createIncidentAction({ ...smsInput(), timeZone: "Europe/Paris" })).rejects.toThrow(/^REDIRECT \/cases\//);
    const [summary] = await listCaseSummaries(user.id);
    expect(summary?.lastIncidentAt?.toISOString()).toBe("2026-11-20T14:15:00.000Z"); // 21:15 WIB
  });

  it("keeps an incident's own zone when it is edited after the profile moved", async () => {
    const user = session.user!;
    await expect(createIncidentAction(smsInput())).rejects.toThrow(/REDIRECT/);
    const incident = (await listIncidentsForCase((await listCaseSummaries(user.id))[0]!.id))[0]!;
    session.user = { ...user, timeZone: "Asia/Jayapura" };
    await expect(updateIncidentAction(incident.id, smsInput({ messageText: "edited" }))).rejects.toThrow(/REDIRECT/);
    const edited = (await listIncidentsForCase(incident.caseId))[0]!;
    expect(edited).toMatchObject({ messageText: "edited", timeZone: "Asia/Jakarta" });
    expect(edited.occurredAt.toISOString()).toBe("2026-11-20T14:15:00.000Z");
  });

  it("refuses to change or delete another user's incident", async () => {
    await expect(createIncidentAction(smsInput())).rejects.toThrow(/REDIRECT/);
    const owner = session.user!;
    const [ownerCase] = await listCaseSummaries(owner.id);
    const incidentId = (await listIncidentsForCase(ownerCase!.id))[0]!.id;

    session.user = await createTestUser();
    expect(await updateIncidentAction(incidentId, smsInput({ messageText: "changed" }))).toEqual({ ok: false, fieldErrors: {}, formError: "notFound" });
    expect(await deleteIncidentAction(incidentId)).toEqual({ ok: false, fieldErrors: {}, formError: "notFound" });
    expect(await deleteIncidentAction("not-a-uuid")).toEqual({ ok: false, fieldErrors: {}, formError: "notFound" });
    expect((await listIncidentsForCase(ownerCase!.id))[0]?.messageText).toBe("Pinjaman cepat cair! Balas YA.");
  });

  it("refuses a visitor who is not signed in", async () => {
    session.user = null;
    await expect(createIncidentAction(smsInput())).rejects.toThrow("NOT_FOUND");
  });
});
