import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "..";
import { organisationMembers, organisations, organisationSenders, type Organisation } from "../schema";
import type { DbOrTx } from "./tx";

/** The organisation a person acts for, if an admin approved them. */
export function findMembership(userId: string): Organisation | undefined {
  return getDb()
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
  return getDb()
    .select({ id: organisationSenders.senderId })
    .from(organisationSenders)
    .where(eq(organisationSenders.organisationId, organisationId))
    .all()
    .map((row) => row.id);
}
