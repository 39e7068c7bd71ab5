import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { recordExchange } from "../cases/exchanges";
import { recordIncident } from "../cases/incidents";
import { createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";
import { loadEvidencePage } from "./evidence-page";
import { pngBytes } from "@/lib/testing/evidence-files";
import { uploadEvidence } from "./upload";

async function upload(userId: string, parent: { kind: "incident" | "exchange"; id: string }, width: number) {
  const result = await uploadEvidence(userId, { bytes: await pngBytes(width, 40), fileName: `${width}.png` }, parent);
  if (!result.ok) throw new Error("upload failed");
  return result.evidence.id;
}

describe("loadEvidencePage", () => {
  it("places a file among its case's files, with its neighbours and incident; null for anyone else", async () => {
    const user = await createTestUser();
    const sender = "0812-7400-0001";
    const { caseId } = await recordIncident(user.id, smsInput({ sender, occurredAt: "2026-11-20T10:00" }));
    const incidentId = (await getDb().query.incidents.findFirst({ where: (i, { eq }) => eq(i.caseId, caseId) }))!.id;
    const ids = [
      await upload(user.id, { kind: "incident", id: incidentId }, 21),
      await upload(user.id, { kind: "incident", id: incidentId }, 22),
      await upload(user.id, { kind: "incident", id: incidentId }, 23),
    ];

    const middle = (await loadEvidencePage(user, ids[1]!))!;
    expect(middle).toMatchObject({ caseId, number: 2, total: 3, previousId: ids[0], nextId: ids[2] });
    expect(middle.file.id).toBe(ids[1]);
    expect(middle.incident.id).toBe(incidentId);
    expect(await loadEvidencePage(user, ids[0]!)).toMatchObject({ number: 1, previousId: null, nextId: ids[1] });
    expect(await loadEvidencePage(user, ids[2]!)).toMatchObject({ number: 3, previousId: ids[1], nextId: null });

    expect(await loadEvidencePage(await createTestUser(), ids[1]!)).toBeNull();
    expect(await loadEvidencePage(user, "not-a-file")).toBeNull();
  });

  it("is null for a file on an exchange or not attached yet (the page shows an incident's files)", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-7400-0002" }));
    const { exchangeId } = (await recordExchange(user.id, caseId, exchangeInput()))!;
    expect(await loadEvidencePage(user, await upload(user.id, { kind: "exchange", id: exchangeId }, 24))).toBeNull();
    const pending = await uploadEvidence(user.id, { bytes: await pngBytes(25, 40), fileName: "pending.png" });
    if (!pending.ok) throw new Error("upload failed");
    expect(await loadEvidencePage(user, pending.evidence.id)).toBeNull();
  });
});
