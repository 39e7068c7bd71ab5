import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb, getDb, writeTransaction } from "@/db";
import { findCaseForUser, listCaseSummaries } from "@/db/queries/cases";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { editIncident, incidentToInput, recordIncident, removeIncident } from "./incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { sqliteOnlyTest } from "@/lib/testing/dialect";

describe("recordIncident", () => {
  it("puts the same number in two formats into one case", async () => {
    const user = await createTestUser();
    const a = await recordIncident(user.id, smsInput({ sender: "0812-3456-7890" }));
    const b = await recordIncident(
      user.id,
      smsInput({
        channel: "call",
        sender: "+62 812 3456 7890",
        messageText: "",
        callAnswered: "yes",
        callMinutes: "2",
        callSeconds: "5",
        occurredAt: "2026-11-21T07:40",
      }),
    );
    expect(b.caseId).toBe(a.caseId);
    const summaries = await listCaseSummaries(user.id);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ incidentCount: 2, sender: { display: "+62 812 3456 7890", kind: "phone" }, latestCategory: "loan" });
    expect(summaries[0]?.lastIncidentAt?.toISOString()).toBe("2026-11-21T00:40:00.000Z");
  });

  it("stores the instant in UTC with the zone, and call details only for calls", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(
      user.id,
      smsInput({
        channel: "call",
        messageText: "left over from an SMS draft",
        callAnswered: "yes",
        callMinutes: "1",
        callSeconds: "30",
        callOffer: "Kartu kredit",
        timeZone: "Asia/Makassar",
      }),
    );
    const [incident] = await listIncidentsForCase(caseId);
    expect(incident).toMatchObject({
      channel: "call",
      messageText: null,
      callAnswered: true,
      callDurationSeconds: 90,
      callOffer: "Kartu kredit",
      timeZone: "Asia/Makassar",
    });
    expect(incident?.occurredAt.toISOString()).toBe("2026-11-20T13:15:00.000Z");
  });

  it("gives each user their own case for a shared sender", async () => {
    const alice = await createTestUser();
    const bob = await createTestUser();
    const a = await recordIncident(alice.id, smsInput({ sender: "TOKOPEDIA" }));
    const b = await recordIncident(bob.id, smsInput({ sender: "tokopedia" }));
    expect(a.caseId).not.toBe(b.caseId);
    expect((await findCaseForUser(alice.id, a.caseId))?.sender.id).toBe((await findCaseForUser(bob.id, b.caseId))?.sender.id);
    expect(await findCaseForUser(bob.id, a.caseId)).toBeUndefined();
  });

  it("keeps emoji, right-to-left text and long text intact", async () => {
    const user = await createTestUser();
    const text = "Promo 🎉🔥 שלום مرحبا " + "x".repeat(4000);
    const { caseId } = await recordIncident(user.id, smsInput({ messageText: text }));
    expect((await listIncidentsForCase(caseId))[0]?.messageText).toBe(text);
  });
});

describe("editIncident and removeIncident", () => {
  it("moves an incident to another sender's case and drops the emptied case", async () => {
    const user = await createTestUser();
    const first = await recordIncident(user.id, smsInput({ sender: "99899" }));
    const moved = await editIncident(user.id, first.incidentId, smsInput({ sender: "BCA-Promo" }));
    expect(moved?.caseId).not.toBe(first.caseId);
    expect(await findCaseForUser(user.id, first.caseId)).toBeUndefined();
    expect((await listCaseSummaries(user.id)).map((c) => c.sender.display)).toEqual(["BCA-Promo"]);
  });

  it("round-trips an incident through its form values", async () => {
    const user = await createTestUser();
    const input = smsInput({ stopRequest: "replied_stop", stopRequestedAt: "2026-11-19T10:00" });
    const { caseId } = await recordIncident(user.id, input);
    const [stored] = await listIncidentsForCase(caseId);
    expect(stored && incidentToInput(stored, "ID", [])).toEqual(input);
  });

  it("refuses another user's incident", async () => {
    const owner = await createTestUser();
    const intruder = await createTestUser();
    const { incidentId, caseId } = await recordIncident(owner.id, smsInput());
    expect(await editIncident(intruder.id, incidentId, smsInput({ messageText: "hacked" }))).toBeNull();
    expect(await removeIncident(intruder.id, incidentId)).toBeNull();
    expect((await listIncidentsForCase(caseId))[0]?.messageText).toBe("Pinjaman cepat cair! Balas YA.");
  });

  it("deletes the case with its last incident only", async () => {
    const user = await createTestUser();
    const a = await recordIncident(user.id, smsInput());
    const b = await recordIncident(user.id, smsInput({ occurredAt: "2026-11-21T09:00" }));
    expect(await removeIncident(user.id, a.incidentId)).toEqual({ caseId: a.caseId, caseDeleted: false });
    expect(await removeIncident(user.id, b.incidentId)).toEqual({ caseId: a.caseId, caseDeleted: true });
    expect(await listCaseSummaries(user.id)).toEqual([]);
  });
});

describe("the database", () => {
  it("keeps everything across a restart (close and reopen)", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput());
    closeDb();
    getDb();
    expect(await findCaseForUser(user.id, caseId)).toBeDefined();
    expect(await listIncidentsForCase(caseId)).toHaveLength(1);
  });

  sqliteOnlyTest("pragmas of SQLite's connections")("runs with WAL and foreign keys on", async () => {
    expect(await getDb().get(sql`pragma journal_mode`)).toEqual({ journal_mode: "wal" });
    // Foreign keys are a setting of each connection: the one that writes has them.
    expect(await writeTransaction((tx) => tx.get(sql`pragma foreign_keys`))).toEqual({ foreign_keys: 1 });
  });
});
