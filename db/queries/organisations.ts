import "server-only";
import { eq, inArray, isNull, or, sql } from "drizzle-orm";
import { getDb, writeTransaction } from "..";
import { type Organisation } from "../schema";
import { organisationMembers, organisations, organisationSenders, senders, senderStats } from "../tables";
import type { DbOrTx } from "./tx";

/** The organisation a person acts for, if an admin approved them. */
export async function findMembership(userId: string): Promise<Organisation | undefined> {
  return await findMembershipIn(getDb(), userId);
}

/** findMembership inside the caller's transaction. */
export async function findMembershipIn(db: DbOrTx, userId: string): Promise<Organisation | undefined> {
  return (
    await db
      .select({ organisation: organisations })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .where(eq(organisationMembers.userId, userId))
  )[0]?.organisation;
}

/** The organisation a sender (its page id) is verified as belonging to. */
export async function findSenderOrganisation(db: DbOrTx, senderId: string): Promise<Organisation | undefined> {
  return (
    await db
      .select({ organisation: organisations })
      .from(organisationSenders)
      .innerJoin(organisations, eq(organisations.id, organisationSenders.organisationId))
      .where(eq(organisationSenders.senderId, senderId))
  )[0]?.organisation;
}

/** Page ids of the senders verified as the organisation's. */
export async function listOrganisationSenderIds(organisationId: string): Promise<string[]> {
  return await listOrganisationSenderIdsIn(getDb(), organisationId);
}

/** listOrganisationSenderIds inside the caller's transaction. */
export async function listOrganisationSenderIdsIn(db: DbOrTx, organisationId: string): Promise<string[]> {
  return (await db.select({ id: organisationSenders.senderId }).from(organisationSenders).where(eq(organisationSenders.organisationId, organisationId))).map(
    (row) => row.id,
  );
}

/** Which of these senders (page ids) are already an organisation's, and whose. */
export async function findSenderOwners(db: DbOrTx, senderIds: readonly string[]): Promise<Map<string, Organisation>> {
  if (!senderIds.length) return new Map();
  const rows = await db
    .select({ senderId: organisationSenders.senderId, organisation: organisations })
    .from(organisationSenders)
    .innerJoin(organisations, eq(organisations.id, organisationSenders.organisationId))
    .where(inArray(organisationSenders.senderId, [...senderIds]));
  return new Map(rows.map((row) => [row.senderId, row.organisation]));
}

export async function findOrganisationByDomain(db: DbOrTx, domain: string): Promise<Organisation | undefined> {
  return (await db.select().from(organisations).where(eq(organisations.domain, domain)))[0];
}

export async function insertOrganisation(db: DbOrTx, organisation: { name: string; domain: string }): Promise<Organisation> {
  return (await db.insert(organisations).values(organisation).returning())[0]!;
}

export async function insertMember(db: DbOrTx, userId: string, organisationId: string): Promise<void> {
  await db.insert(organisationMembers).values({ userId, organisationId });
}

/** Adds senders to an organisation; those it already has stay as they are. */
export async function insertOrganisationSenders(db: DbOrTx, organisationId: string, senderIds: readonly string[]): Promise<void> {
  if (!senderIds.length) return;
  await db
    .insert(organisationSenders)
    .values(senderIds.map((senderId) => ({ senderId, organisationId })))
    .onConflictDoNothing();
}

/** Names the organisation on senders nobody named yet (an admin's name stays). */
export async function nameUnnamedSenders(db: DbOrTx, senderIds: readonly string[], name: string): Promise<void> {
  if (!senderIds.length) return;
  await db
    .update(senders)
    .set({ organisation: name })
    .where(sql`${inArray(senders.id, [...senderIds])} and (${or(isNull(senders.organisation), eq(senders.organisation, ""))})`);
}

export async function writeComplaintContact(organisationId: string, contact: string | null): Promise<void> {
  await writeTransaction((tx) => tx.update(organisations).set({ complaintContact: contact }).where(eq(organisations.id, organisationId)));
}

/** Senders (page ids) with how they show and whether they have a public page. */
export async function listSenderSummaries(
  senderIds: readonly string[],
): Promise<{ id: string; display: string; organisation: string | null; isPublic: boolean }[]> {
  if (!senderIds.length) return [];
  return (
    await getDb()
      .select({ id: senders.id, display: senders.display, organisation: senders.organisation, stats: senderStats.senderId })
      .from(senders)
      .leftJoin(senderStats, eq(senderStats.senderId, senders.id))
      .where(inArray(senders.id, [...senderIds]))
      .orderBy(senders.display)
  ).map(({ stats, ...row }) => ({ ...row, isPublic: stats !== null }));
}
