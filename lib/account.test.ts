import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { writeTransaction } from "@/db";
import { findPublicSender, findShareForCase } from "@/db/queries/public";
import { findUserById, updateUserProfile } from "@/db/queries/users";
import { deleteAccount, exportAccount } from "./account";
import { getBlobStore } from "./evidence/blobs";
import { pngBytes } from "@/lib/testing/evidence-files";
import { uploadEvidence } from "./evidence/upload";
import { recordIncident } from "./cases/incidents";
import { shareCase } from "./public/sharing";
import { createTestUser, smsInput } from "@/lib/testing/factories";

async function userWithSharedCase(sender: string, width: number) {
  const user = await createTestUser();
  await writeTransaction((tx) => updateUserProfile(tx, user.id, { legalName: "Sari Dewi" }));
  const { caseId, incidentId } = await recordIncident(user.id, smsInput({ sender, messageText: "Pinjaman cair" }));
  const upload = await uploadEvidence(user.id, { bytes: await pngBytes(width, 240), fileName: "bukti.png" }, { kind: "incident", id: incidentId });
  if (!upload.ok) throw new Error("upload failed");
  await shareCase(user, caseId, { extraMasks: [], screenshots: [{ evidenceId: upload.evidence.id, crop: { top: 0, bottom: 0, left: 0, right: 0 } }] });
  return { user, caseId, file: upload.evidence };
}

describe("the user's own data", () => {
  it("exports as a zip: the profile without the password, the cases, incidents and shares, and every file", async () => {
    const { user, file } = await userWithSharedCase("0812-7200-0001", 120);
    const zip = unzipSync((await exportAccount(user.id))!);
    const data = JSON.parse(strFromU8(zip["spamtrail-data.json"]!));
    expect(data.profile).toMatchObject({ email: user.email, legalName: "Sari Dewi" });
    expect(JSON.stringify(data)).not.toContain("not-a-real-hash");
    expect(data.incidents[0].messageText).toBe("Pinjaman cair");
    expect(data.shares).toHaveLength(1);
    expect(data.evidence[0].path).toBe(`files/${file.id}-bukti.png`);
    expect(zip[`files/${file.id}-bukti.png`]!.byteLength).toBe(file.storedSize);
  });

  it("is erased with the account, public reports and their figures included, files too", async () => {
    const { user, caseId, file } = await userWithSharedCase("0812-7200-0002", 121);
    const senderId = (await findShareForCase(caseId))!.senderId;
    expect((await findPublicSender(senderId))!.stats.publicReports).toBe(1);
    expect(await deleteAccount(user.id)).toBe(true);
    expect(await findUserById(user.id)).toBeUndefined();
    expect(await findShareForCase(caseId)).toBeUndefined();
    expect(await findPublicSender(senderId)).toBeUndefined();
    expect(await getBlobStore().get(file.storedKey)).toBeNull();
  });
});
