import "server-only";
import { eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb } from "..";
import { organisationMembers, organisations, organisationSenders, senders, senderStats, type Organisation } from "../schema";
import type { DbOrTx } from "./tx";

/** The organisation a person acts for, if an admin approved them. */
export function findMembership(userId: string): Organisation | undefined {
  return findMembershipIn(getDb(), userId);
}

/** findMembership inside the caller's transaction. */
export function findMembershipIn(db: DbOrTx, userId: string): Organisation | undefined {
  return db
    .select({ organisation: organisations })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .get()?.organisation;
}

/** The organisation a sender (its page id) is verified as belonging to. */
export function findSenderOrganisation(db: DbOrTx, senderId: string): Organisation | undefined {
  return db
    .select({ organisation: organisations })
    .from(organisationSenders)
    .innerJoin(organisations, eq(organisations.id, organisationSenders.organisationId))
    .where(eq(organisationSenders.senderId, senderId))
    .get()?.organisation;
}

/** Page ids of the senders verified as the organisation's. */
export function listOrganisationSenderIds(organisationId: string): string[] {
  return listOrganisationSenderIdsIn(getDb(), organisationId);
}

/** listOrganisationSenderIds inside the caller's transaction. */
export function listOrganisationSenderIdsIn(db: DbOrTx, organisationId: string): string[] {
  return db
    .select({ id: organisationSenders.senderId })
    .from(organisationSenders)
    .where(eq(organisationSenders.organisationId, organisationId))
    .all()
    .map((row) => row.id);
}

/** Which of these senders (page ids) are already an organisation's, and whose. */
export function findSenderOwners(db: DbOrTx, senderIds: readonly string[]): Map<string, Organisation> {
  if (!senderIds.length) return new Map();
  const rows = db
    .select({ senderId: organisationSenders.senderId, organisation: organisations })
    .from(organisationSenders)
    .innerJoin(organisations, eq(organisations.id, organisationSenders.organisationId))
    .where(inArray(organisationSenders.senderId, [...senderIds]))
    .all();
  return new Map(rows.map((row) => [row.senderId, row.organisation]));
}

export function findOrganisationByDomain(db: DbOrTx, domain: string): Organisation | undefined {
  return db.select().from(organisations).where(eq(organisations.domain, domain)).get();
}

export function insertOrganisation(db: DbOrTx, organisation: { name: string; domain: string }): Organisation {
  return db.insert(organisations).values(organisation).returning().get();
}

export function insertMember(db: DbOrTx, userId: string, organisationId: string): void {
  db.insert(organisationMembers).values({ userId, organisationId }).run();
}

/** Adds senders to an organisation; those it already has stay as they are. */
export function insertOrganisationSenders(db: DbOrTx, organisationId: string, senderIds: readonly string[]): void {
  if (!senderIds.length) return;
  db.insert(organisationSenders)
    .values(senderIds.map((senderId) => ({ senderId, organisationId })))
    .onConflictDoNothing()
    .run();
}

/** Names the organisation on senders nobody named yet (an admin's name stays). */
export function nameUnnamedSenders(db: DbOrTx, senderIds: readonly string[], name: string): void {
  if (!senderIds.length) return;
  db.update(senders)
    .set({ organisation: name })
    .where(sql`${inArray(senders.id, [...senderIds])} and (${or(isNull(senders.organisation), eq(senders.organisation, ""))})`)
    .run();
}

export function writeComplaintContact(organisationId: string, contact: string | null): void {
  getDb().update(organisations).set({ complaintContact: contact }).where(eq(organisations.id, organisationId)).run();
}

/** Senders (page ids) with how they show and whether they have a public page. */
export function listSenderSummaries(senderIds: readonly string[]): { id: string; display: string; organisation: string | null; isPublic: boolean }[] {
  if (!senderIds.length) return [];
  return getDb()
    .select({ id: senders.id, display: senders.display, organisation: senders.organisation, stats: senderStats.senderId })
    .from(senders)
    .leftJoin(senderStats, eq(senderStats.senderId, senders.id))
    .where(inArray(senders.id, [...senderIds]))
    .orderBy(senders.display)
    .all()
    .map(({ stats, ...row }) => ({ ...row, isPublic: stats !== null }));
}
