import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { getDummyHash, hashPassword, needsRehash, verifyPassword } from "./password-hash";

describe("password hashes", () => {
  it("are scrypt with their parameters and a random salt, and verify only the right password", async () => {
    const hash = await hashPassword("sms spam every day");
    expect(hash).toMatch(/^scrypt\$4\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await hashPassword("sms spam every day")).not.toBe(hash);
    expect(await verifyPassword("sms spam every day", hash)).toBe(true);
    expect(await verifyPassword("sms spam every day!", hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  });

  it("read the parameters from the hash, so older costs still verify and are marked for re-hashing", async () => {
    const hash = (await hashPassword("a passphrase")).replace(/^scrypt\$4\$/, "scrypt$5$");
    expect(await verifyPassword("a passphrase", hash)).toBe(false); // same key, other N: no match
    expect(needsRehash(hash)).toBe(true);
  });

  it("still verify bcrypt hashes from before, which need re-hashing", async () => {
    const old = bcrypt.hashSync("an old passphrase", 4);
    expect(await verifyPassword("an old passphrase", old)).toBe(true);
    expect(await verifyPassword("another", old)).toBe(false);
    expect(needsRehash(old)).toBe(true);
  });

  it("match nothing when damaged or unknown", async () => {
    for (const hash of ["", "x", "not-a-real-hash", "scrypt$40$8$1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5", "scrypt$4$8$1$$"]) {
      expect(await verifyPassword("anything", hash)).toBe(false);
    }
  });

  it("the dummy hash for unknown emails is a scrypt hash like the others", async () => {
    expect(await getDummyHash()).toMatch(/^scrypt\$4\$8\$1\$/);
  });
});
