import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { findLatestClaimOfUser } from "@/db/queries/claims";
import { listAudit } from "@/db/queries/moderation";
import { findMembership, listOrganisationSenderIds } from "@/db/queries/organisations";
import { findShareForCase } from "@/db/queries/public";
import { findUserById, insertUser, setUserRoleByEmail } from "@/db/queries/users";
import { notifications, senders } from "@/db/tables";
import { type User } from "@/db/schema";
import { createTestOrganisation, createTestUser, smsInput } from "@/lib/testing/factories";
import { recordIncident } from "../cases/incidents";
import { shareCase } from "../public/sharing";
import { claimSchema, complaintContactSchema, type ClaimInput } from "../validations/organisation";
import { decideClaim, isEmailAtDomain, submitClaim } from "./claims";
import { setComplaintContact } from "./contact";
import { loadOrganisationPage } from "./page";
import { loadClaimQueue } from "./claim-queue";

let nextNumber = 1000;

/** A sender with a public page: someone shared a case about it. Returns its typed number and its id. */
async function publicSender(): Promise<{ number: string; id: string }> {
  const owner = await createTestUser();
  const number = `0812-7400-${nextNumber++}`;
  const { caseId } = await recordIncident(owner.id, smsInput({ sender: number, messageText: "Pinjaman cair hari ini" }));
  await shareCase(owner, caseId, { extraMasks: [], screenshots: [] });
  return { number, id: (await findShareForCase(caseId))!.senderId };
}

async function personAt(domain: string, confirmed = true): Promise<User> {
  return (await writeTransaction(() =>
    insertUser({ email: `cs-${randomUUID().slice(0, 8)}@${domain}`, passwordHash: "x", emailVerifiedAt: confirmed ? new Date() : null }),
  ))!;
}

const admin = async () => {
  const user = await createTestUser();
  await writeTransaction(() => setUserRoleByEmail(user.email, "admin"));
  return (await findUserById(user.id))!;
};

const claimOf = async (user: User) => (await findLatestClaimOfUser(user.id))!;
const notificationsOf = async (user: User) => await getDb().select().from(notifications).where(eq(notifications.userId, user.id));
const input = (overrides: Partial<ClaimInput>): ClaimInput => ({ organisationName: "Bank Contoh", domain: "bank.test", senders: "", note: "", ...overrides });

describe("claim validation", () => {
  it("reads the domain as people type it, and wants at least one and at most 20 senders", () => {
    const parsed = claimSchema.parse({ organisationName: " Bank ", domain: " https://www.Bank.co.id/kontak ", senders: "0812\n\n BANKKU ", note: "" });
    expect(parsed.domain).toBe("bank.co.id");
    expect(claimSchema.safeParse({ ...parsed, domain: "@bank.co.id" }).data?.domain).toBe("bank.co.id");
    expect(claimSchema.safeParse({ ...parsed, domain: "bank" }).error?.issues[0]?.message).toBe("domainInvalid");
    expect(claimSchema.safeParse({ ...parsed, senders: " \n \n" }).error?.issues[0]?.message).toBe("claimSendersRequired");
    const many = Array.from({ length: 21 }, (_, i) => `SENDER${i}`).join("\n");
    expect(claimSchema.safeParse({ ...parsed, senders: many }).error?.issues[0]?.message).toBe("claimTooManySenders");
  });

  it("takes a web address, an email or a phone number as the complaint contact", () => {
    for (const contact of ["https://bank.co.id/pengaduan", "pengaduan@bank.co.id", "1500-123", "+62 21 500 123", ""])
      expect(complaintContactSchema.safeParse({ contact }).success, contact).toBe(true);
    for (const contact of ["javascript:alert(1)", "call us", "12", "ftp://bank.co.id"])
      expect(complaintContactSchema.safeParse({ contact }).error?.issues[0]?.message, contact).toBe("complaintContactInvalid");
  });

  it("counts an email at the domain or a subdomain as at the domain, never a look-alike", () => {
    expect(isEmailAtDomain("cs@bank.co.id", "bank.co.id")).toBe(true);
    expect(isEmailAtDomain("cs@Mail.Bank.co.id", "bank.co.id")).toBe(true);
    expect(isEmailAtDomain("cs@evilbank.co.id", "bank.co.id")).toBe(false);
    expect(isEmailAtDomain("cs@bank.co.id.evil.test", "bank.co.id")).toBe(false);
    expect(isEmailAtDomain("cs@co.id", "bank.co.id")).toBe(false);
  });
});

describe("claims", () => {
  let sender: { number: string; id: string };
  let domain: string;
  beforeEach(async () => {
    sender = await publicSender();
    domain = `bank-${randomUUID().slice(0, 8)}.test`;
  });

  it("resolves each line in any format to the sender's page, and names a line that is not on the directory", async () => {
    const claimant = await personAt(domain);
    const typed = `${sender.number}\nTIDAKADA99`;
    expect(await submitClaim(claimant, input({ domain, senders: typed }))).toMatchObject({
      code: "invalid",
      field: "senders",
      message: "claimSenderUnknown:TIDAKADA99",
    });
    expect(await findLatestClaimOfUser(claimant.id)).toBeUndefined();
    // A sender known but never shared has no public page: it cannot be claimed either.
    await recordIncident((await createTestUser()).id, smsInput({ sender: "PRIVATEONLY" }));
    expect(await submitClaim(claimant, input({ domain, senders: "PRIVATEONLY" }))).toMatchObject({ message: "claimSenderUnknown:PRIVATEONLY" });

    const international = `+62 ${sender.number.slice(1).replaceAll("-", " ")}`;
    expect(await submitClaim(claimant, input({ domain, senders: `${sender.number}\n${international}`, note: "Manajer CS" }))).toBeUndefined();
    expect(await claimOf(claimant)).toMatchObject({ status: "pending", senderIds: [sender.id], domain, note: "Manajer CS" });
    expect(await submitClaim(claimant, input({ domain, senders: sender.number }))).toMatchObject({ code: "conflict", message: "claimPending" });
    // Waiting: the page shows the claim, nothing else.
    expect(await loadOrganisationPage(claimant)).toMatchObject({ kind: "claimant", claim: { status: "pending", senders: [{ id: sender.id }] } });
  });

  it("approves a confirmed claimant at the domain: organisation, member, senders, name, audit and notification", async () => {
    const claimant = await personAt(`mail.${domain}`);
    await submitClaim(claimant, input({ organisationName: "Bank Contoh", domain, senders: sender.number }));
    const claim = await claimOf(claimant);
    const queued = (await loadClaimQueue()).find((row) => row.claim.id === claim.id)!;
    expect(queued).toMatchObject({ email: claimant.email, checks: { emailConfirmed: true, atDomain: true, takenSenderIds: [], otherMembership: null } });

    const moderator = await admin();
    expect(await decideClaim(moderator, claim.id, { action: "approve", domain })).toBeUndefined();
    const organisation = (await findMembership(claimant.id))!;
    expect(organisation).toMatchObject({ name: "Bank Contoh", domain });
    expect(await listOrganisationSenderIds(organisation.id)).toEqual([sender.id]);
    expect((await getDb().select().from(senders).where(eq(senders.id, sender.id)))[0]!.organisation).toBe("Bank Contoh");
    expect(await claimOf(claimant)).toMatchObject({ status: "approved", organisationId: organisation.id, decidedBy: moderator.id });
    expect((await listAudit(1))[0]).toMatchObject({ action: "claim:approve", targetKind: "claim", targetId: claim.id, actor: moderator.email });
    expect(await notificationsOf(claimant)).toMatchObject([
      { kind: "claim_approved", subject: claim.id, data: { claimId: claim.id, organisation: "Bank Contoh", reason: null } },
    ]);
    expect((await loadClaimQueue()).some((row) => row.claim.id === claim.id)).toBe(false);
    expect(await decideClaim(moderator, claim.id, { action: "refuse", domain, reason: "Sekali lagi" })).toMatchObject({
      code: "conflict",
      message: "claimDecided",
    });

    // The member's page; and a second person at the same domain joins the same organisation.
    expect(await loadOrganisationPage(claimant)).toMatchObject({
      kind: "member",
      organisation: { id: organisation.id },
      senders: [{ id: sender.id, isPublic: true }],
    });
    const colleague = await personAt(domain);
    await submitClaim(colleague, input({ organisationName: "Nama lain", domain, senders: sender.number }));
    expect(await decideClaim(moderator, (await claimOf(colleague)).id, { action: "approve", domain })).toBeUndefined();
    expect((await findMembership(colleague.id))!.id).toBe(organisation.id);
    expect(await submitClaim(colleague, input({ domain, senders: sender.number }))).toMatchObject({ code: "conflict", message: "claimAlreadyMember" });
  });

  it("refuses approval for an unconfirmed email, a look-alike domain, and takes the admin's corrected domain", async () => {
    const moderator = await admin();
    const unconfirmed = await personAt(domain, false);
    await submitClaim(unconfirmed, input({ domain, senders: sender.number }));
    expect(await decideClaim(moderator, (await claimOf(unconfirmed)).id, { action: "approve", domain })).toMatchObject({
      code: "conflict",
      message: "claimEmailUnconfirmed",
    });

    const lookAlike = await personAt(`evil${domain}`);
    await submitClaim(lookAlike, input({ domain, senders: sender.number }));
    const lookAlikeClaim = await claimOf(lookAlike);
    expect((await loadClaimQueue()).find((row) => row.claim.id === lookAlikeClaim.id)!.checks.atDomain).toBe(false);
    expect(await decideClaim(moderator, (await claimOf(lookAlike)).id, { action: "approve", domain })).toMatchObject({
      code: "conflict",
      message: "claimEmailNotAtDomain",
    });
    expect(await findMembership(lookAlike.id)).toBeUndefined();
    expect((await claimOf(lookAlike)).status).toBe("pending");
    expect(await notificationsOf(lookAlike)).toEqual([]);

    // The claimant typed a wrong domain; the admin corrects it to the official one.
    const typo = await personAt(domain);
    await submitClaim(typo, input({ domain: `x${domain}`, senders: sender.number }));
    expect(await decideClaim(moderator, (await claimOf(typo)).id, { action: "approve", domain })).toBeUndefined();
    expect((await findMembership(typo.id))!.domain).toBe(domain);
    expect((await claimOf(typo)).domain).toBe(domain);
  });

  it("refuses approval of a sender that is another organisation's, and of a member of another organisation", async () => {
    const moderator = await admin();
    const other = await createTestOrganisation({ name: "Bank Lain", senderIds: [sender.id] });
    const claimant = await personAt(domain);
    await submitClaim(claimant, input({ domain, senders: sender.number }));
    const claim = await claimOf(claimant);
    const queued = (await loadClaimQueue()).find((row) => row.claim.id === claim.id)!;
    expect(queued.checks.takenSenderIds).toEqual([sender.id]);
    expect(queued.senders).toMatchObject([{ id: sender.id, owner: "Bank Lain" }]);
    expect(await decideClaim(moderator, (await claimOf(claimant)).id, { action: "approve", domain })).toMatchObject({
      code: "conflict",
      message: "claimSenderTaken",
    });
    expect(await listOrganisationSenderIds(other.id)).toEqual([sender.id]);

    // One organisation per person: someone who joined another one since claiming cannot be approved.
    const free = await publicSender();
    const member = await personAt(domain);
    expect(await submitClaim(member, input({ domain, senders: free.number }))).toBeUndefined();
    await createTestOrganisation({ name: "Bank Lama", memberIds: [member.id] });
    const memberClaim = await claimOf(member);
    expect((await loadClaimQueue()).find((row) => row.claim.id === memberClaim.id)!.checks.otherMembership).toBe("Bank Lama");
    expect(await decideClaim(moderator, (await claimOf(member)).id, { action: "approve", domain })).toMatchObject({
      code: "conflict",
      message: "claimOtherOrganisation",
    });
    expect((await findMembership(member.id))!.name).toBe("Bank Lama");
    expect(await submitClaim(member, input({ domain, senders: free.number }))).toMatchObject({ message: "claimAlreadyMember" });
  });

  it("refuses with a reason the claimant reads and is told of; they may claim again", async () => {
    const moderator = await admin();
    const claimant = await personAt(domain);
    await submitClaim(claimant, input({ domain, senders: sender.number }));
    const first = await claimOf(claimant);
    expect(await decideClaim(await createTestUser(), first.id, { action: "refuse", domain, reason: "Bukan Anda" })).toMatchObject({ code: "notYours" });
    expect(await decideClaim(moderator, first.id, { action: "refuse", domain, reason: "Lampirkan jabatan Anda" })).toBeUndefined();
    expect(await claimOf(claimant)).toMatchObject({ status: "refused", reason: "Lampirkan jabatan Anda" });
    expect((await listAudit(1))[0]).toMatchObject({ action: "claim:refuse", targetId: first.id, reason: "Lampirkan jabatan Anda" });
    expect(await notificationsOf(claimant)).toMatchObject([
      { kind: "claim_refused", subject: first.id, data: { claimId: first.id, organisation: "Bank Contoh", reason: "Lampirkan jabatan Anda" } },
    ]);
    expect(await loadOrganisationPage(claimant)).toMatchObject({ kind: "claimant", claim: { status: "refused", reason: "Lampirkan jabatan Anda" } });
    expect(await findMembership(claimant.id)).toBeUndefined();

    expect(await submitClaim(claimant, input({ domain, senders: sender.number, note: "Manajer CS" }))).toBeUndefined();
    expect((await claimOf(claimant)).id).not.toBe(first.id);
    expect(await decideClaim(moderator, (await claimOf(claimant)).id, { action: "approve", domain })).toBeUndefined();
    expect((await notificationsOf(claimant)).map((row) => row.kind).sort()).toEqual(["claim_approved", "claim_refused"]);
  });

  it("lets only members set the organisation's complaint contact", async () => {
    const outsider = await personAt(domain);
    expect(await setComplaintContact(outsider, { contact: "https://bank.test/aduan" })).toMatchObject({ code: "notYours" });
    const member = await personAt(domain);
    const organisation = await createTestOrganisation({ domain, memberIds: [member.id], senderIds: [sender.id] });
    expect(await setComplaintContact(member, { contact: "pengaduan@bank.test" })).toBeUndefined();
    expect(await findMembership(member.id)).toMatchObject({ id: organisation.id, complaintContact: "pengaduan@bank.test" });
    expect(await setComplaintContact(member, { contact: "" })).toBeUndefined();
    expect((await findMembership(member.id))!.complaintContact).toBeNull();
  });
});
