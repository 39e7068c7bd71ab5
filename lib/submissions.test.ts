import { beforeEach, describe, expect, it } from "vitest";
import { listCaseSummaries } from "@/db/queries/cases";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { findSubmission } from "@/db/queries/submissions";
import { getDb } from "@/db";
import { createExchangeAction } from "./actions/exchange";
import { createIncidentAction } from "./actions/incident";
import { recordDocumentSentAction } from "./actions/complaint";
import { recordIncident } from "./cases/incidents";
import { once, SUBMISSION_TTL_MS, sweepSubmissions } from "./submissions";
import { createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";
import { testSession as session } from "@/lib/testing/session";

const KEY = "0123456789abcdef0123456789abcdef";

/** The redirect a create action answers with (it throws it in tests, see vitest.setup.ts). */
async function redirectOf(call: Promise<unknown>): Promise<string> {
  const error = await call.then(
    (result) => new Error(`no redirect: ${JSON.stringify(result)}`),
    (thrown: unknown) => thrown as Error,
  );
  const match = /^REDIRECT (.+)$/.exec(error.message);
  if (!match) throw error;
  return match[1]!;
}

async function incidentsOf(userId: string) {
  return (await Promise.all((await listCaseSummaries(userId)).map((summary) => listIncidentsForCase(summary.id)))).flat();
}

describe("idempotent create forms", { timeout: 60_000 }, () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });

  it("saves one incident for two submissions with the same key, and answers both with it", async () => {
    const first = await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }));
    const second = await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }));
    expect(second).toBe(first);
    expect(await incidentsOf(session.user!.id)).toHaveLength(1);
  });

  it("answers a repeat with the first result even when the values changed in between", async () => {
    await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }));
    await redirectOf(createIncidentAction({ ...smsInput({ messageText: "edited after a timeout" }), submissionKey: KEY }));
    expect((await incidentsOf(session.user!.id)).map((incident) => incident.messageText)).toEqual(["Pinjaman cepat cair! Balas YA."]);
  });

  it("saves one incident for submissions that arrive together", async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }))));
    expect(new Set(answers).size).toBe(1);
    expect(await incidentsOf(session.user!.id)).toHaveLength(1);
  });

  it("keeps different users' keys apart", async () => {
    const first = session.user!;
    await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }));
    const second = (session.user = await createTestUser());
    const answer = await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }));
    const [secondCase] = await listCaseSummaries(second.id);
    expect(answer).toBe(`/cases/${secondCase!.id}?saved=created`);
    expect(await incidentsOf(first.id)).toHaveLength(1);
    expect(await incidentsOf(second.id)).toHaveLength(1);
  });

  it("saves a new incident for a new key, and without a key (a page loaded before keys existed) saves each time", async () => {
    await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }));
    await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY.replace("0", "f") }));
    await redirectOf(createIncidentAction(smsInput()));
    await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: "not a key!" }));
    expect(await incidentsOf(session.user!.id)).toHaveLength(4);
  });

  it("remembers nothing for a refused submission, so the corrected one with the same key is saved", async () => {
    const refused = await createIncidentAction({ ...smsInput({ sender: "" }), submissionKey: KEY });
    expect(refused.ok).toBe(false);
    expect(await findSubmission(getDb(), session.user!.id, KEY)).toBeUndefined();
    await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }));
    expect(await incidentsOf(session.user!.id)).toHaveLength(1);
  });

  it("keeps the key and the save in one transaction: a save that fails leaves neither behind", async () => {
    const userId = session.user!.id;
    await expect(
      once(userId, KEY, async () => {
        await recordIncident(userId, smsInput()); // joins the transaction (a savepoint)
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(await incidentsOf(userId)).toEqual([]);
    expect(await findSubmission(getDb(), userId, KEY)).toBeUndefined();
    expect(await once(userId, KEY, () => ({ saved: 1 }))).toEqual({ saved: 1 });
    expect(await once(userId, KEY, () => ({ saved: 2 }))).toEqual({ saved: 1 });
  });

  it("saves one exchange and one filing for repeated submissions with the same key", async () => {
    const userId = session.user!.id;
    const { caseId } = await recordIncident(userId, smsInput({ occurredAt: "2026-11-22T19:45" }));
    const exchangeKey = "exchange-key-0000000001";
    const first = await redirectOf(createExchangeAction(caseId, { ...exchangeInput(), submissionKey: exchangeKey }, false));
    expect(await redirectOf(createExchangeAction(caseId, { ...exchangeInput(), submissionKey: exchangeKey }, false))).toBe(first);
    expect(await listExchangesForCase(caseId)).toHaveLength(1);

    const filing = { filedAt: "2026-11-24T08:00", channel: "web", reference: "APPK-1", submissionKey: "filing-key-000000000001" };
    expect(await recordDocumentSentAction("ID-OJK-VIOLATION", caseId, filing)).toEqual({ ok: true, data: undefined });
    expect(await recordDocumentSentAction("ID-OJK-VIOLATION", caseId, filing)).toEqual({ ok: true, data: undefined });
    expect(await listExchangesForCase(caseId)).toHaveLength(2);
  });

  it("forgets keys after a day", async () => {
    const userId = session.user!.id;
    await redirectOf(createIncidentAction({ ...smsInput(), submissionKey: KEY }));
    expect(await sweepSubmissions(Date.now() + SUBMISSION_TTL_MS - 60_000)).toBe(0);
    expect(await findSubmission(getDb(), userId, KEY)).toBeDefined();
    expect(await sweepSubmissions(Date.now() + SUBMISSION_TTL_MS + 60_000)).toBeGreaterThanOrEqual(1);
    expect(await findSubmission(getDb(), userId, KEY)).toBeUndefined();
  });
});
