import { randomUUID } from "node:crypto";
import { writeTransaction } from "@/db";
import { insertUser } from "@/db/queries/users";
import { organisationMembers, organisations, organisationSenders } from "@/db/tables";
import type { ExchangeInput } from "@/lib/validations/exchange";
import type { IncidentInput } from "@/lib/validations/incident";

/** A user with a unique email, straight into the database. */
export async function createTestUser() {
  const user = await writeTransaction(() =>
    insertUser({ email: `user-${randomUUID()}@example.test`, passwordHash: "not-a-real-hash", emailVerifiedAt: new Date() }),
  );
  if (!user) throw new Error("Unable to create test user");
  return user;
}

export function smsInput(overrides: Partial<IncidentInput> = {}): IncidentInput {
  return {
    country: "ID",
    timeZone: "Asia/Jakarta",
    channel: "sms",
    sender: "0812-3456-7890",
    occurredAt: "2026-11-20T21:15",
    messageText: "Pinjaman cepat cair! Balas YA.",
    callAnswered: "",
    callMinutes: "",
    callSeconds: "",
    callOffer: "",
    category: "loan",
    consent: "never",
    stopRequest: "none",
    stopRequestedAt: "",
    companyNamed: "",
    sourceGiven: "",
    collectionTarget: "",
    threatened: "",
    evidence: [],
    source: "form",
    ...overrides,
  };
}

export function exchangeInput(overrides: Partial<ExchangeInput> = {}): ExchangeInput {
  return {
    timeZone: "Asia/Jakarta",
    channel: "x",
    direction: "outgoing",
    handle: "@toko_care",
    occurredAt: "2026-11-20T13:00",
    body: "SMS promo Anda setiap hari sangat mengganggu.",
    reference: "",
    tags: [],
    isComplaint: true,
    isStopRequest: false,
    evidence: [],
    ...overrides,
  };
}

/** An organisation at `domain`, with the given members and senders (page ids), straight into the database. */
export async function createTestOrganisation(options: { name?: string; domain?: string; memberIds?: string[]; senderIds?: string[] } = {}) {
  return writeTransaction(async (tx) => {
    const organisation = (
      await tx
        .insert(organisations)
        .values({ name: options.name ?? "Test Bank", domain: options.domain ?? `bank-${randomUUID().slice(0, 8)}.example` })
        .returning()
    )[0]!;
    for (const userId of options.memberIds ?? []) await tx.insert(organisationMembers).values({ userId, organisationId: organisation.id });
    for (const senderId of options.senderIds ?? []) await tx.insert(organisationSenders).values({ senderId, organisationId: organisation.id });
    return organisation;
  });
}
