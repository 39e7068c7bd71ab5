import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { FactIncident, FactShare, SenderFigures } from "@/lib/public/sender-facts";
import type { Country } from "@/lib/domain";
import type { ShareReportFacts } from "../schema";
import type { Snapshot } from "@/lib/public/snapshot";
import { getDb, preparedQuery } from "..";
import { type CaseShare, type Sender, type SenderFacts } from "../schema";
import { caseShares, publicEvidence, publicExchanges, publicIncidents, senderCategories, senders, senderStats } from "../tables";
import type { DbOrTx } from "./tx";

// Written out: drizzle leaves columns of a single-table select unqualified, which a subquery would misread.
const HAS_VISIBLE_EXCHANGES = sql`exists (select 1 from public_exchanges pe where pe.share_id = case_shares.id and pe.hidden_at is null)`;

const shareOfCase = preparedQuery((db) =>
  db
    .select()
    .from(caseShares)
    .where(eq(caseShares.caseId, sql.placeholder("caseId"))),
);

/** With the statement prepared once; inside a transaction use findShareForCaseIn. */
export async function findShareForCase(caseId: string): Promise<CaseShare | undefined> {
  return shareOfCase.get({ caseId });
}

/** findShareForCase inside the caller's transaction. */
export async function findShareForCaseIn(db: DbOrTx, caseId: string): Promise<CaseShare | undefined> {
  return (await db.select().from(caseShares).where(eq(caseShares.caseId, caseId)))[0];
}

/** The cases a user shares with the public directory. */
export async function listSharedCaseIds(db: DbOrTx, userId: string): Promise<string[]> {
  return (await db.select({ caseId: caseShares.caseId }).from(caseShares).where(eq(caseShares.userId, userId))).map((row) => row.caseId);
}

/** The ids of the incidents and exchanges that are public in a share. */
export async function publishedSources(db: DbOrTx, shareId: string): Promise<{ incidents: Set<string>; exchanges: Set<string> }> {
  const incidents = await db.select({ id: publicIncidents.incidentId }).from(publicIncidents).where(eq(publicIncidents.shareId, shareId));
  const exchanges = await db.select({ id: publicExchanges.exchangeId }).from(publicExchanges).where(eq(publicExchanges.shareId, shareId));
  return { incidents: new Set(incidents.map((row) => row.id)), exchanges: new Set(exchanges.map((row) => row.id)) };
}

/** `set` for an upsert: every column of the incoming row except the keys and the moderator's hidden state. */
function fromIncoming(table: typeof publicIncidents | typeof publicExchanges, keep: readonly string[]) {
  return Object.fromEntries(
    Object.entries(getTableColumns(table))
      .filter(([key]) => !keep.includes(key))
      .map(([key, column]) => [key, sql.raw(`excluded.${column.name}`)]),
  );
}
const KEPT = ["id", "incidentId", "exchangeId", "hiddenAt", "hiddenReason"] as const;

/**
 * Creates or updates the share of a case and makes its public incidents and exchanges those of
 * the snapshot. A public row keeps its id for as long as its source is public (the API's report
 * ids, replies and flags point at it), and a row hidden by a moderator stays hidden.
 */
export async function writeShare(
  db: DbOrTx,
  share: { caseId: string; userId: string; senderId: string; country: Country; extraMasks: string[]; sharedAt: Date },
  snapshot: Snapshot,
): Promise<CaseShare> {
  const figures = snapshot.figures;
  await db
    .insert(caseShares)
    .values({ ...share, ...figures })
    .onConflictDoUpdate({ target: caseShares.caseId, set: { senderId: share.senderId, country: share.country, extraMasks: share.extraMasks, ...figures } });
  const stored = (await findShareForCaseIn(db, share.caseId))!;
  const incidentIds = snapshot.incidents.map((row) => row.incidentId);
  const exchangeIds = snapshot.exchanges.map((row) => row.exchangeId);
  await db
    .delete(publicIncidents)
    .where(and(eq(publicIncidents.shareId, stored.id), incidentIds.length ? sql`${publicIncidents.incidentId} not in ${incidentIds}` : undefined));
  await db
    .delete(publicExchanges)
    .where(and(eq(publicExchanges.shareId, stored.id), exchangeIds.length ? sql`${publicExchanges.exchangeId} not in ${exchangeIds}` : undefined));
  // One statement per batch of rows: drizzle builds and SQLite prepares each statement anew, which
  // cost more than the rows themselves when a 30-incident shared case is saved.
  for (const rows of batches(snapshot.incidents)) {
    await db
      .insert(publicIncidents)
      .values(rows.map((row) => ({ ...row, shareId: stored.id, senderId: share.senderId })))
      .onConflictDoUpdate({ target: publicIncidents.incidentId, set: fromIncoming(publicIncidents, KEPT) });
  }
  for (const rows of batches(snapshot.exchanges)) {
    await db
      .insert(publicExchanges)
      .values(rows.map((row) => ({ ...row, shareId: stored.id })))
      .onConflictDoUpdate({ target: publicExchanges.exchangeId, set: fromIncoming(publicExchanges, KEPT) });
  }
  return stored;
}

function batches<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Replaces the screenshots a share publishes; returns the blob keys no longer used by it. */
export async function writePublicEvidence(db: DbOrTx, shareId: string, files: Omit<typeof publicEvidence.$inferInsert, "shareId">[]): Promise<string[]> {
  const before = await db.select().from(publicEvidence).where(eq(publicEvidence.shareId, shareId));
  // A screenshot a moderator hid stays hidden when the reporter updates the share.
  const hidden = new Map(before.filter((row) => row.hiddenAt).map((row) => [row.evidenceId, row]));
  await db.delete(publicEvidence).where(eq(publicEvidence.shareId, shareId));
  for (const file of files) {
    const was = hidden.get(file.evidenceId);
    await db.insert(publicEvidence).values({ ...file, shareId, hiddenAt: was?.hiddenAt ?? null, hiddenReason: was?.hiddenReason ?? null });
  }
  const kept = new Set(files.map((file) => file.storedKey));
  return before.map((row) => row.storedKey).filter((key) => !kept.has(key));
}

/** Removes a share and everything public of it; returns its sender and the blob keys it used. */
export async function deleteShare(db: DbOrTx, caseId: string): Promise<{ senderId: string; keys: string[] } | null> {
  const share = await findShareForCaseIn(db, caseId);
  if (!share) return null;
  const keys = await db.select({ key: publicEvidence.storedKey }).from(publicEvidence).where(eq(publicEvidence.shareId, share.id));
  await db.delete(caseShares).where(eq(caseShares.id, share.id));
  return { senderId: share.senderId, keys: keys.map((row) => row.key) };
}

/** The sender whose page shows this one: its parent when it is a linked identity. */
export async function pageSenderId(db: DbOrTx, senderId: string): Promise<string> {
  const sender = (await db.select({ id: senders.id, parentId: senders.parentId }).from(senders).where(eq(senders.id, senderId)))[0];
  return sender?.parentId ?? senderId;
}

/** A sender and its linked identities. */
export async function senderGroup(db: DbOrTx, pageId: string): Promise<Sender[]> {
  return await db
    .select()
    .from(senders)
    .where(or(eq(senders.id, pageId), eq(senders.parentId, pageId)));
}

const FACT_SHARE = {
  id: caseShares.id,
  userId: caseShares.userId,
  country: caseShares.country,
  ruleIds: caseShares.ruleIds,
  complained: caseShares.complained,
  firstReplyMinutes: caseShares.firstReplyMinutes,
  redirected: caseShares.redirected,
  resolved: caseShares.resolved,
  hasExchanges: sql<number>`${HAS_VISIBLE_EXCHANGES}`,
};

const FACT_INCIDENT = {
  occurredAt: publicIncidents.occurredAt,
  weekday: publicIncidents.weekday,
  hour: publicIncidents.hour,
  channel: publicIncidents.channel,
  category: publicIncidents.category,
  ruleIds: publicIncidents.ruleIds,
};

/** What a sender's figures are computed from: its visible shares and their visible incidents. */
export async function loadFactRows(db: DbOrTx, senderIds: string[]): Promise<{ shares: FactShare[]; incidents: FactIncident[] }> {
  const shares = await db
    .select(FACT_SHARE)
    .from(caseShares)
    .where(and(inArray(caseShares.senderId, senderIds), isNull(caseShares.hiddenAt)));
  const incidents = await db
    .select(FACT_INCIDENT)
    .from(publicIncidents)
    .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
    .where(and(inArray(publicIncidents.senderId, senderIds), isNull(publicIncidents.hiddenAt), isNull(caseShares.hiddenAt)));
  return { shares: shares.map((share) => ({ ...share, hasExchanges: Boolean(share.hasExchanges) })), incidents };
}

/**
 * A sender's visible shares with what each one's visible incidents add to its figures, when
 * known (null after a change to its incidents: see case_shares.report_facts).
 */
export async function loadShareFacts(db: DbOrTx, senderIds: string[]): Promise<(FactShare & { id: string; reportFacts: ShareReportFacts | null })[]> {
  return (
    await db
      .select({ ...FACT_SHARE, reportFacts: caseShares.reportFacts })
      .from(caseShares)
      .where(and(inArray(caseShares.senderId, senderIds), isNull(caseShares.hiddenAt)))
  ).map((share) => ({ ...share, hasExchanges: Boolean(share.hasExchanges) }));
}

/** The visible incidents of these shares, by share. */
export async function loadShareIncidents(db: DbOrTx, shareIds: string[]): Promise<Map<string, FactIncident[]>> {
  const byShare = new Map<string, FactIncident[]>(shareIds.map((id) => [id, []]));
  // A few hundred ids a statement, well under SQLite's limit on bound values.
  for (const ids of batches(shareIds)) {
    const rows = await db
      .select({ shareId: publicIncidents.shareId, ...FACT_INCIDENT })
      .from(publicIncidents)
      .where(and(inArray(publicIncidents.shareId, ids), isNull(publicIncidents.hiddenAt)));
    for (const { shareId, ...incident } of rows) byShare.get(shareId)!.push(incident);
  }
  return byShare;
}

/** Stores what a share's incidents add to its sender's figures. */
export async function writeShareReportFacts(db: DbOrTx, shareId: string, facts: ShareReportFacts): Promise<void> {
  await db.update(caseShares).set({ reportFacts: facts }).where(eq(caseShares.id, shareId));
}

/** Stores a sender's figures (or removes them when nothing of it is public any more). */
export async function writeSenderStats(db: DbOrTx, senderId: string, figures: SenderFigures | null, identities: SenderFacts["identities"]): Promise<void> {
  await db.delete(senderCategories).where(eq(senderCategories.senderId, senderId));
  if (!figures || figures.publicCases === 0) {
    await db.delete(senderStats).where(eq(senderStats.senderId, senderId));
    return;
  }
  const { categories, facts, ...columns } = figures;
  const values = { ...columns, facts: { ...facts, identities } };
  await db
    .insert(senderStats)
    .values({ senderId, ...values })
    .onConflictDoUpdate({ target: senderStats.senderId, set: values });
  for (const [category, reports] of Object.entries(categories)) {
    await db.insert(senderCategories).values({ senderId, category: category as keyof typeof categories, reports: reports ?? 0 });
  }
}

/** The senders whose public pages show a published crop of any of these files. */
export async function sendersShowingEvidence(db: DbOrTx, evidenceIds: string[]): Promise<string[]> {
  if (evidenceIds.length === 0) return [];
  return (
    await db
      .selectDistinct({ senderId: caseShares.senderId })
      .from(publicEvidence)
      .innerJoin(caseShares, eq(caseShares.id, publicEvidence.shareId))
      .where(inArray(publicEvidence.evidenceId, evidenceIds))
  ).map((row) => row.senderId);
}

export type PublicSender = { sender: Sender; identities: Sender[]; stats: typeof senderStats.$inferSelect };

/** A sender's public page data, or undefined when nothing of it is public. */
export async function findPublicSender(senderId: string): Promise<PublicSender | undefined> {
  const db = getDb();
  const pageId = await pageSenderId(db, senderId);
  const stats = (await db.select().from(senderStats).where(eq(senderStats.senderId, pageId)))[0];
  if (!stats) return undefined;
  const identities = await senderGroup(db, pageId);
  const sender = identities.find((identity) => identity.id === pageId)!;
  return { sender, identities, stats };
}

/**
 * Public reports of a sender's identities, newest first from just before `before` (keyset pages),
 * or all of them oldest first for exports and letters.
 */
export async function listPublicReports(senderIds: string[], limit: number, options: { before?: { at: Date; id: string }; oldestFirst?: boolean } = {}) {
  const { before, oldestFirst = false } = options;
  return await getDb()
    .select({
      id: publicIncidents.id,
      occurredAt: publicIncidents.occurredAt,
      timeZone: publicIncidents.timeZone,
      channel: publicIncidents.channel,
      category: publicIncidents.category,
      text: publicIncidents.text,
      callDurationSeconds: publicIncidents.callDurationSeconds,
      ruleIds: publicIncidents.ruleIds,
      shareId: publicIncidents.shareId,
      country: caseShares.country,
    })
    .from(publicIncidents)
    .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
    .where(
      and(
        inArray(publicIncidents.senderId, senderIds),
        isNull(publicIncidents.hiddenAt),
        isNull(caseShares.hiddenAt),
        before ? or(lt(publicIncidents.occurredAt, before.at), and(eq(publicIncidents.occurredAt, before.at), lt(publicIncidents.id, before.id))) : undefined,
      ),
    )
    .orderBy(...(oldestFirst ? [asc(publicIncidents.occurredAt)] : [desc(publicIncidents.occurredAt), desc(publicIncidents.id)]))
    .limit(limit);
}
export type PublicReport = Awaited<ReturnType<typeof listPublicReports>>[number];

/** The latest shared conversations with the sender's support, each with its visible messages. */
export async function listPublicConversations(senderIds: string[], limit: number) {
  const db = getDb();
  const shares = await db
    .select({ id: caseShares.id })
    .from(caseShares)
    .where(and(inArray(caseShares.senderId, senderIds), isNull(caseShares.hiddenAt), HAS_VISIBLE_EXCHANGES))
    .orderBy(desc(caseShares.sharedAt))
    .limit(limit);
  if (shares.length === 0) return [];
  const messages = await db
    .select()
    .from(publicExchanges)
    .where(
      and(
        inArray(
          publicExchanges.shareId,
          shares.map((share) => share.id),
        ),
        isNull(publicExchanges.hiddenAt),
      ),
    )
    .orderBy(publicExchanges.occurredAt);
  return shares.map((share) => ({ shareId: share.id, messages: messages.filter((message) => message.shareId === share.id) }));
}

/** The latest screenshots reporters published about a sender, visible ones only. */
export async function listSenderScreenshots(senderIds: string[], limit: number) {
  return await getDb()
    .select({ id: publicEvidence.id, width: publicEvidence.width, height: publicEvidence.height })
    .from(publicEvidence)
    .innerJoin(caseShares, eq(caseShares.id, publicEvidence.shareId))
    .where(and(inArray(caseShares.senderId, senderIds), isNull(publicEvidence.hiddenAt), isNull(caseShares.hiddenAt)))
    .orderBy(desc(caseShares.sharedAt))
    .limit(limit);
}

/** The screenshots a share publishes, visible ones only. */
export async function listPublicEvidence(shareIds: string[]) {
  if (shareIds.length === 0) return [];
  return await getDb()
    .select({
      id: publicEvidence.id,
      evidenceId: publicEvidence.evidenceId,
      shareId: publicEvidence.shareId,
      width: publicEvidence.width,
      height: publicEvidence.height,
      crop: publicEvidence.crop,
    })
    .from(publicEvidence)
    .where(and(inArray(publicEvidence.shareId, shareIds), isNull(publicEvidence.hiddenAt)));
}

/** A published screenshot, if it and its share are visible. */
export async function findVisiblePublicEvidence(id: string) {
  return (
    await getDb()
      .select({ storedKey: publicEvidence.storedKey })
      .from(publicEvidence)
      .innerJoin(caseShares, eq(caseShares.id, publicEvidence.shareId))
      .where(and(eq(publicEvidence.id, id), isNull(publicEvidence.hiddenAt), isNull(caseShares.hiddenAt)))
  )[0];
}

/** Whether the sender (a page id) has a public page: something of it is shared and visible. */
export async function hasPublicPage(db: DbOrTx, pageId: string): Promise<boolean> {
  return !!(await db.select({ id: senderStats.senderId }).from(senderStats).where(eq(senderStats.senderId, pageId)))[0];
}
