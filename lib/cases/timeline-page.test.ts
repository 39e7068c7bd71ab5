import { describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { pngBytes } from "@/lib/testing/evidence-files";
import { uploadEvidence } from "../evidence/upload";
import { recordIncident } from "./incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { TIMELINE_PAGE_SIZE } from "./timeline";
import { loadTimelinePage } from "./timeline-page";

describe("loadTimelinePage", () => {
  it("pages the case's timeline oldest first, with its files and rule marks; null for anyone else's case", async () => {
    const user = await createTestUser();
    const sender = "0812-7600-0001";
    const { caseId } = await recordIncident(user.id, smsInput({ sender, occurredAt: "2026-11-01T10:00" }));
    for (let day = 2; day <= TIMELINE_PAGE_SIZE + 1; day++)
      await recordIncident(user.id, smsInput({ sender, occurredAt: `2026-11-${String(day).padStart(2, "0")}T10:00` }));
    const first = (await getDb().query.incidents.findFirst({ where: (i, { eq }) => eq(i.caseId, caseId), orderBy: (i, { asc }) => asc(i.occurredAt) }))!;
    const upload = await uploadEvidence(user.id, { bytes: await pngBytes(30, 40), fileName: "first.png" }, { kind: "incident", id: first.id });
    if (!upload.ok) throw new Error("upload failed");

    const page1 = (await loadTimelinePage(user, caseId, 1))!;
    expect(page1).toMatchObject({ page: 1, pages: 2 });
    expect(page1.userCase.id).toBe(caseId);
    expect(page1.entries).toHaveLength(TIMELINE_PAGE_SIZE);
    expect(page1.entries[0]).toMatchObject({ kind: "incident", incident: { id: first.id } });
    expect(page1.filesByParent.get(first.id)?.map((file) => file.fileName)).toEqual(["first.png"]);
    // Offers the user never agreed to break the consent rule, every one of them.
    expect(page1.marks.get(first.id)?.map((mark) => mark.ruleId)).toContain("ID-OJK-CONSENT");

    const last = (await loadTimelinePage(user, caseId, 99))!;
    expect(last).toMatchObject({ page: 2, pages: 2 });
    expect(last.entries).toHaveLength(1);

    expect(await loadTimelinePage(await createTestUser(), caseId, 1)).toBeNull();
  });
});
