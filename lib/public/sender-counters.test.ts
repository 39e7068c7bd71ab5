import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { listOpenReports } from "@/db/queries/moderation";
import { findShareForCase, loadFactRows, senderGroup } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail } from "@/db/queries/users";
import { caseShares, publicIncidents, senderCategories, senders, senderStats } from "@/db/tables";
import { type User } from "@/db/schema";
import { seededRandom } from "../../scripts/random";
import { CATEGORIES } from "../domain";
import { editIncident, recordIncident, removeIncident } from "../cases/incidents";
import { decideReport, reportContent } from "../moderation";
import { updateSenderDetails } from "../sender-admin";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import type { IncidentInput } from "../validations/incident";
import { senderFigures } from "./sender-facts";
import { shareCase, unshareCase } from "./sharing";

/**
 * Sender figures are kept as sums of what each share adds (case_shares.report_facts), recomputed
 * only for the shares a write changed. After any sequence of writes they must be exactly what a
 * full recount over every visible share and incident gives (the way figures were computed before).
 */
const SENDERS = ["0812-7900-0001", "0812-7900-0002", "0812-7900-0003", "KILATDANA"];
const noScreenshots = { extraMasks: [], screenshots: [] };

async function expectStoredFiguresMatchRecount(step: string) {
  const db = getDb();
  // Every sender: the database is this file's own.
  for (const row of await db.select().from(senders)) {
    const stored = (await db.select().from(senderStats).where(eq(senderStats.senderId, row.id)))[0];
    const categories = Object.fromEntries(
      (await db.select().from(senderCategories).where(eq(senderCategories.senderId, row.id))).map((c) => [c.category, c.reports]),
    );
    if (row.parentId) {
      expect(stored, `${step}: ${row.display} is shown on its parent's page`).toBeUndefined();
      continue;
    }
    const group = await senderGroup(db, row.id);
    const { shares, incidents } = await loadFactRows(
      db,
      group.map((sender) => sender.id),
    );
    if (shares.length === 0) {
      expect(stored, `${step}: ${row.display} has nothing public`).toBeUndefined();
      continue;
    }
    const { categories: expectedCategories, facts, ...columns } = senderFigures(shares, incidents, row.sector ?? null);
    expect(stored, `${step}: ${row.display}`).toBeDefined();
    const { facts: storedFacts, senderId: _id, ...storedColumns } = stored!;
    expect(storedColumns, `${step}: ${row.display}`).toEqual(columns);
    expect(storedFacts, `${step}: ${row.display}`).toEqual({ ...facts, identities: group.map((sender) => ({ display: sender.display, kind: sender.kind })) });
    expect(categories, `${step}: ${row.display}`).toEqual(expectedCategories);
  }
}

describe("incremental sender counters", () => {
  it("match a full recount after a random sequence of shares, edits, deletions, hides, unshares and merges", async () => {
    const random = seededRandom(17);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const admin = await createTestUser();
    await writeTransaction(() => setUserRoleByEmail(admin.email, "admin"));
    const moderator = (await findUserById(admin.id))!;
    const flagger = await createTestUser();
    const reporters: User[] = [];
    for (let i = 0; i < 4; i++) reporters.push(await createTestUser());
    /** Each incident's owner and its last input, to edit it. */
    const incidents = new Map<string, { user: User; input: IncidentInput }>();
    const cases = new Map<string, User>();

    const randomInput = (sender: string): IncidentInput => {
      const day = 1 + Math.floor(random() * 60);
      const when = new Date(Date.UTC(2026, 8, day, Math.floor(random() * 24), Math.floor(random() * 60)));
      return smsInput({
        sender,
        occurredAt: when.toISOString().slice(0, 16),
        category: pick(CATEGORIES),
        consent: pick(["never", "unsure"] as const),
        messageText: `Pesan ${Math.floor(random() * 1000)}`,
      });
    };
    const record = async (user: User, sender: string) => {
      const input = randomInput(sender);
      const { caseId, incidentId } = await recordIncident(user.id, input);
      incidents.set(incidentId, { user, input });
      cases.set(caseId, user);
      return caseId;
    };
    const visiblePublicIncidents = () => getDb().select({ id: publicIncidents.id }).from(publicIncidents);
    const sharedCases = () => getDb().select({ caseId: caseShares.caseId, hiddenAt: caseShares.hiddenAt }).from(caseShares);

    const operations: Record<string, () => Promise<string | null>> = {
      async share() {
        const user = pick(reporters);
        const sender = pick(SENDERS);
        let caseId = await record(user, sender);
        for (let more = Math.floor(random() * 4); more > 0; more--) caseId = await record(user, sender);
        await shareCase(user, caseId, noScreenshots);
        return `share ${sender}`;
      },
      async addAndReshare() {
        const [caseId, user] = pick([...cases]) ?? [];
        const share = caseId ? await findShareForCase(caseId) : undefined;
        if (!caseId || !user || !share) return null;
        const sender = (await getDb().select().from(senders).where(eq(senders.id, share.senderId)))[0]!.display;
        await record(user, sender);
        await shareCase(user, caseId, noScreenshots);
        return `add and reshare ${sender}`;
      },
      async edit() {
        const [incidentId, known] = pick([...incidents]) ?? [];
        if (!incidentId || !known) return null;
        // Sometimes moved to another sender, taking it to another case (and page).
        const input = randomInput(random() < 0.2 ? pick(SENDERS) : known.input.sender);
        if (!(await editIncident(known.user.id, incidentId, input))) return null;
        incidents.set(incidentId, { user: known.user, input });
        return `edit ${incidentId}`;
      },
      async remove() {
        const [incidentId, known] = pick([...incidents]) ?? [];
        if (!incidentId || !known) return null;
        await removeIncident(known.user.id, incidentId);
        incidents.delete(incidentId);
        return `delete ${incidentId}`;
      },
      async hide() {
        const wholeCase = random() < 0.3;
        const target = wholeCase
          ? pick((await sharedCases()).filter((share) => !share.hiddenAt).map((share) => share.caseId))
          : pick(await visiblePublicIncidents())?.id;
        if (!target) return null;
        const targetId = wholeCase ? (await findShareForCase(target))!.id : target;
        const targetKind = wholeCase ? "case" : "incident";
        if (await reportContent(flagger, { targetKind, targetId, reason: "Tidak pantas di sini." })) return null;
        const flag = (await listOpenReports(1000)).find((report) => report.targetId === targetId)!;
        await decideReport(moderator, flag.id, { action: "hide", reason: "Disembunyikan" });
        return `hide ${targetKind} ${targetId}`;
      },
      async unshare() {
        const share = pick(await sharedCases());
        if (!share) return null;
        await unshareCase(cases.get(share.caseId)!, share.caseId);
        return `unshare ${share.caseId}`;
      },
      async merge() {
        const all = await getDb().select().from(senders);
        const child = pick(all);
        if (!child) return null;
        const apart = random() < 0.3;
        const parent = pick(all.filter((sender) => sender.id !== child.id));
        if (!apart && !parent) return null;
        const failure = await updateSenderDetails(moderator, child.id, {
          organisation: apart ? "" : "PT Kilat",
          sector: pick(["", "financial"] as const),
          sameAs: apart ? "" : parent!.display,
        });
        return !failure ? `${apart ? "split" : "merge"} ${child.display}` : null;
      },
    };

    const names = Object.keys(operations);
    const kinds = new Set<string>();
    let done = 0;
    for (let step = 0; step < 80; step++) {
      const name = step < 6 ? "share" : pick(names);
      const description = await operations[name]!();
      if (!description) continue;
      done += 1;
      kinds.add(name);
      await expectStoredFiguresMatchRecount(`step ${step}: ${description}`);
    }
    // The sequence did something of every kind.
    expect(done).toBeGreaterThan(40);
    expect([...kinds].sort()).toEqual([...names].sort());
  });

  it("recomputes a share's contribution after a change its writer did not announce", async () => {
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-7900-0099", occurredAt: "2026-11-02T08:00" }));
    await recordIncident(user.id, smsInput({ sender: "0812-7900-0099", occurredAt: "2026-11-03T08:00" }));
    await shareCase(user, caseId, noScreenshots);
    const share = (await findShareForCase(caseId))!;
    expect(share.reportFacts).toMatchObject({ reports: 2 });
    // A public row changed behind the counters' back: the trigger clears the stored contribution.
    await writeTransaction((tx) => tx.update(publicIncidents).set({ hiddenAt: new Date() }).where(eq(publicIncidents.shareId, share.id)));
    expect((await findShareForCase(caseId))!.reportFacts).toBeNull();
  });
});
