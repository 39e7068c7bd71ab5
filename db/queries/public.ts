import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { FactIncident, FactShare, SenderFigures } from "@/lib/public/sender-facts";
import type { Country } from "@/lib/domain";
import type { ShareReportFacts } from "../schema";
import type { Snapshot } from "@/lib/public/snapshot";
import { getDb, preparedQuery } from "..";
import {
  caseShares,
  publicEvidence,
  publicExchanges,
  publicIncidents,
  senderCategories,
  senders,
  senderStats,
  type CaseShare,
  type Sender,
  type SenderFacts,
} from "../schema";
import type { DbOrTx } from "./tx";

// Written out: drizzle leaves columns of a single-table select unqualified, which a subquery would misread.
const HAS_VISIBLE_EXCHANGES = sql`exists (select 1 from public_exchanges pe where pe.share_id = case_shares.id and pe.hidden_at is null)`;

const shareOfCase = preparedQuery((db) =>
  db
    .select()
    .from(caseShares)
    .where(eq(caseShares.caseId, sql.placeholder("caseId")))
    .prepare(),
);

/** With the statement prepared once; inside a transaction use findShareForCaseIn. */
export function findShareForCase(caseId: string): CaseShare | undefined {
  return shareOfCase().get({ caseId });
}

/** findShareForCase inside the caller's transaction. */
export function findShareForCaseIn(db: DbOrTx, caseId: string): CaseShare | undefined {
  return db.select().from(caseShares).where(eq(caseShares.caseId, caseId)).get();
}

/** The cases a user shares with the public directory. */
export function listSharedCaseIds(db: DbOrTx, userId: string): string[] {
  return db
    .select({ caseId: caseShares.caseId })
    .from(caseShares)
    .where(eq(caseShares.userId, userId))
    .all()
    .map((row) => row.caseId);
}

/** The ids of the incidents and exchanges that are public in a share. */
export function publishedSources(db: DbOrTx, shareId: string): { incidents: Set<string>; exchanges: Set<string> } {
  const incidents = db.select({ id: publicIncidents.incidentId }).from(publicIncidents).where(eq(publicIncidents.shareId, shareId)).all();
  const exchanges = db.select({ id: publicExchanges.exchangeId }).from(publicExchanges).where(eq(publicExchanges.shareId, shareId)).all();
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
export function writeShare(
  db: DbOrTx,
  share: { caseId: string; userId: string; senderId: string; country: Country; extraMasks: string[]; sharedAt: Date },
  snapshot: Snapshot,
): CaseShare {
  const figures = snapshot.figures;
  db.insert(caseShares)
    .values({ ...share, ...figures })
    .onConflictDoUpdate({ target: caseShares.caseId, set: { senderId: share.senderId, country: share.country, extraMasks: share.extraMasks, ...figures } })
    .run();
  const stored = findShareForCaseIn(db, share.caseId)!;
  const incidentIds = snapshot.incidents.map((row) => row.incidentId);
  const exchangeIds = snapshot.exchanges.map((row) => row.exchangeId);
  db.delete(publicIncidents)
    .where(and(eq(publicIncidents.shareId, stored.id), incidentIds.length ? sql`${publicIncidents.incidentId} not in ${incidentIds}` : undefined))
    .run();
  db.delete(publicExchanges)
    .where(and(eq(publicExchanges.shareId, stored.id), exchangeIds.length ? sql`${publicExchanges.exchangeId} not in ${exchangeIds}` : undefined))
    .run();
  // One statement per batch of rows: drizzle builds and SQLite prepares each statement anew, which
  // cost more than the rows themselves when a 30-incident shared case is saved.
  for (const rows of batches(snapshot.incidents)) {
    db.insert(publicIncidents)
      .values(rows.map((row) => ({ ...row, shareId: stored.id, senderId: share.senderId })))
      .onConflictDoUpdate({ target: publicIncidents.incidentId, set: fromIncoming(publicIncidents, KEPT) })
      .run();
  }
  for (const rows of batches(snapshot.exchanges)) {
    db.insert(publicExchanges)
      .values(rows.map((row) => ({ ...row, shareId: stored.id })))
      .onConflictDoUpdate({ target: publicExchanges.exchangeId, set: fromIncoming(publicExchanges, KEPT) })
      .run();
  }
  return stored;
}

function batches<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Replaces the screenshots a share publishes; returns the blob keys no longer used by it. */
export function writePublicEvidence(db: DbOrTx, shareId: string, files: Omit<typeof publicEvidence.$inferInsert, "shareId">[]): string[] {
  const before = db.select().from(publicEvidence).where(eq(publicEvidence.shareId, shareId)).all();
  // A screenshot a moderator hid stays hidden when the reporter updates the share.
  const hidden = new Map(before.filter((row) => row.hiddenAt).map((row) => [row.evidenceId, row]));
  db.delete(publicEvidence).where(eq(publicEvidence.shareId, shareId)).run();
  for (const file of files) {
    const was = hidden.get(file.evidenceId);
    db.insert(publicEvidence)
      .values({ ...file, shareId, hiddenAt: was?.hiddenAt ?? null, hiddenReason: was?.hiddenReason ?? null })
      .run();
  }
  const kept = new Set(files.map((file) => file.storedKey));
  return before.map((row) => row.storedKey).filter((key) => !kept.has(key));
}

/** Removes a share and everything public of it; returns its sender and the blob keys it used. */
export function deleteShare(db: DbOrTx, caseId: string): { senderId: string; keys: string[] } | null {
  const share = findShareForCaseIn(db, caseId);
  if (!share) return null;
  const keys = db.select({ key: publicEvidence.storedKey }).from(publicEvidence).where(eq(publicEvidence.shareId, share.id)).all();
  db.delete(caseShares).where(eq(caseShares.id, share.id)).run();
  return { senderId: share.senderId, keys: keys.map((row) => row.key) };
}

/** The sender whose page shows this one: its parent when it is a linked identity. */
export function pageSenderId(db: DbOrTx, senderId: string): string {
  const sender = db.select({ id: senders.id, parentId: senders.parentId }).from(senders).where(eq(senders.id, senderId)).get();
  return sender?.parentId ?? senderId;
}

/** A sender and its linked identities. */
export function senderGroup(db: DbOrTx, pageId: string): Sender[] {
  return db
    .select()
    .from(senders)
    .where(or(eq(senders.id, pageId), eq(senders.parentId, pageId)))
    .all();
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
export function loadFactRows(db: DbOrTx, senderIds: string[]): { shares: FactShare[]; incidents: FactIncident[] } {
  const shares = db
    .select(FACT_SHARE)
    .from(caseShares)
    .where(and(inArray(caseShares.senderId, senderIds), isNull(caseShares.hiddenAt)))
    .all();
  const incidents = db
    .select(FACT_INCIDENT)
    .from(publicIncidents)
    .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
    .where(and(inArray(publicIncidents.senderId, senderIds), isNull(publicIncidents.hiddenAt), isNull(caseShares.hiddenAt)))
    .all();
  return { shares: shares.map((share) => ({ ...share, hasExchanges: Boolean(share.hasExchanges) })), incidents };
}

/**
 * A sender's visible shares with what each one's visible incidents add to its figures, when
 * known (null after a change to its incidents: see case_shares.report_facts).
 */
export function loadShareFacts(db: DbOrTx, senderIds: string[]): (FactShare & { id: string; reportFacts: ShareReportFacts | null })[] {
  return db
    .select({ ...FACT_SHARE, reportFacts: caseShares.reportFacts })
    .from(caseShares)
    .where(and(inArray(caseShares.senderId, senderIds), isNull(caseShares.hiddenAt)))
    .all()
    .map((share) => ({ ...share, hasExchanges: Boolean(share.hasExchanges) }));
}

/** The visible incidents of these shares, by share. */
export function loadShareIncidents(db: DbOrTx, shareIds: string[]): Map<string, FactIncident[]> {
  const byShare = new Map<string, FactIncident[]>(shareIds.map((id) => [id, []]));
  // A few hundred ids a statement, well under SQLite's limit on bound values.
  for (const ids of batches(shareIds)) {
    const rows = db
      .select({ shareId: publicIncidents.shareId, ...FACT_INCIDENT })
      .from(publicIncidents)
      .where(and(inArray(publicIncidents.shareId, ids), isNull(publicIncidents.hiddenAt)))
      .all();
    for (const { shareId, ...incident } of rows) byShare.get(shareId)!.push(incident);
  }
  return byShare;
}

/** Stores what a share's incidents add to its sender's figures. */
export function writeShareReportFacts(db: DbOrTx, shareId: string, facts: ShareReportFacts): void {
  db.update(caseShares).set({ reportFacts: facts }).where(eq(caseShares.id, shareId)).run();
}

/** Stores a sender's figures (or removes them when nothing of it is public any more). */
export function writeSenderStats(db: DbOrTx, senderId: string, figures: SenderFigures | null, identities: SenderFacts["identities"]): void {
  db.delete(senderCategories).where(eq(senderCategories.senderId, senderId)).run();
  if (!figures || figures.publicCases === 0) {
    db.delete(senderStats).where(eq(senderStats.senderId, senderId)).run();
    return;
  }
  const { categories, facts, ...columns } = figures;
  const values = { ...columns, facts: { ...facts, identities } };
  db.insert(senderStats)
    .values({ senderId, ...values })
    .onConflictDoUpdate({ target: senderStats.senderId, set: values })
    .run();
  for (const [category, reports] of Object.entries(categories)) {
    db.insert(senderCategories)
      .values({ senderId, category: category as keyof typeof categories, reports: reports ?? 0 })
      .run();
  }
}

/** The senders whose public pages show a published crop of any of these files. */
export function sendersShowingEvidence(db: DbOrTx, evidenceIds: string[]): string[] {
  if (evidenceIds.length === 0) return [];
  return db
    .selectDistinct({ senderId: caseShares.senderId })
    .from(publicEvidence)
    .innerJoin(caseShares, eq(caseShares.id, publicEvidence.shareId))
    .where(inArray(publicEvidence.evidenceId, evidenceIds))
    .all()
    .map((row) => row.senderId);
}

export type PublicSender = { sender: Sender; identities: Sender[]; stats: typeof senderStats.$inferSelect };

/** A sender's public page data, or undefined when nothing of it is public. */
export function findPublicSender(senderId: string): PublicSender | undefined {
  const db = getDb();
  const pageId = pageSenderId(db, senderId);
  const stats = db.select().from(senderStats).where(eq(senderStats.senderId, pageId)).get();
  if (!stats) return undefined;
  const identities = senderGroup(db, pageId);
  const sender = identities.find((identity) => identity.id === pageId)!;
  return { sender, identities, stats };
}

/**
 * Public reports of a sender's identities, newest first from just before `before` (keyset pages),
 * or all of them oldest first for exports and letters.
 */
export function listPublicReports(senderIds: string[], limit: number, options: { before?: { at: Date; id: string }; oldestFirst?: boolean } = {}) {
  const { before, oldestFirst = false } = options;
  return getDb()
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
    .limit(limit)
    .all();
}
export type PublicReport = ReturnType<typeof listPublicReports>[number];

/** The latest shared conversations with the sender's support, each with its visible messages. */
export function listPublicConversations(senderIds: string[], limit: number) {
  const db = getDb();
  const shares = db
    .select({ id: caseShares.id })
    .from(caseShares)
    .where(and(inArray(caseShares.senderId, senderIds), isNull(caseShares.hiddenAt), HAS_VISIBLE_EXCHANGES))
    .orderBy(desc(caseShares.sharedAt))
    .limit(limit)
    .all();
  if (shares.length === 0) return [];
  const messages = db
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
    .orderBy(publicExchanges.occurredAt)
    .all();
  return shares.map((share) => ({ shareId: share.id, messages: messages.filter((message) => message.shareId === share.id) }));
}

/** The latest screenshots reporters published about a sender, visible ones only. */
export function listSenderScreenshots(senderIds: string[], limit: number) {
  return getDb()
    .select({ id: publicEvidence.id, width: publicEvidence.width, height: publicEvidence.height })
    .from(publicEvidence)
    .innerJoin(caseShares, eq(caseShares.id, publicEvidence.shareId))
    .where(and(inArray(caseShares.senderId, senderIds), isNull(publicEvidence.hiddenAt), isNull(caseShares.hiddenAt)))
    .orderBy(desc(caseShares.sharedAt))
    .limit(limit)
    .all();
}

/** The screenshots a share publishes, visible ones only. */
export function listPublicEvidence(shareIds: string[]) {
  if (shareIds.length === 0) return [];
  return getDb()
    .select({
      id: publicEvidence.id,
      evidenceId: publicEvidence.evidenceId,
      shareId: publicEvidence.shareId,
      width: publicEvidence.width,
      height: publicEvidence.height,
      crop: publicEvidence.crop,
    })
    .from(publicEvidence)
    .where(and(inArray(publicEvidence.shareId, shareIds), isNull(publicEvidence.hiddenAt)))
    .all();
}

/** A published screenshot, if it and its share are visible. */
export function findVisiblePublicEvidence(id: string) {
  return getDb()
    .select({ storedKey: publicEvidence.storedKey })
    .from(publicEvidence)
    .innerJoin(caseShares, eq(caseShares.id, publicEvidence.shareId))
    .where(and(eq(publicEvidence.id, id), isNull(publicEvidence.hiddenAt), isNull(caseShares.hiddenAt)))
    .get();
}

/** Whether the sender (a page id) has a public page: something of it is shared and visible. */
export function hasPublicPage(db: DbOrTx, pageId: string): boolean {
  return !!db.select({ id: senderStats.senderId }).from(senderStats).where(eq(senderStats.senderId, pageId)).get();
}
