import "server-only";
import bcrypt from "bcryptjs";
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import pLimit from "p-limit";
import { env } from "./env";

/**
 * Passwords are hashed with scrypt from Node's crypto: it runs in libuv's thread pool, so a burst
 * of sign-ins no longer stops the event loop (bcryptjs hashed in JavaScript on the main thread).
 * A hash says how it was made, `scrypt$<log2 N>$<r>$<p>$<salt>$<key>` (base64url), so the cost
 * can be raised later: a hash made with other parameters is re-made at the next sign-in.
 */
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

// libuv's pool has 4 threads by default and also serves file reads and writes (evidence files,
// the database's neighbours): hashing may take at most two of them, the rest queue here.
const hashing = pLimit(2);

type Params = { ln: number; r: number; p: number };

function currentParams(): Params {
  return { ln: env.PASSWORD_HASH_COST, r: R, p: P };
}

function derive(password: string, salt: Buffer, { ln, r, p }: Params, keyLength: number): Promise<Buffer> {
  const N = 2 ** ln;
  // scrypt needs 128·N·r bytes; Node refuses above maxmem (32 MiB by default).
  const options: ScryptOptions = { N, r, p, maxmem: 128 * N * r * p + 1024 * 1024 };
  return hashing(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const params = currentParams();
  const salt = randomBytes(16);
  const key = await derive(password, salt, params, KEY_LENGTH);
  return ["scrypt", params.ln, params.r, params.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

function parseScrypt(hash: string): (Params & { salt: Buffer; key: Buffer }) | null {
  const [name, lnText, rText, pText, saltText, keyText, ...rest] = hash.split("$");
  if (name !== "scrypt" || keyText === undefined || saltText === undefined || rest.length) return null;
  const [ln, r, p] = [lnText, rText, pText].map(Number) as [number, number, number];
  // Bounds keep a damaged row from asking for gigabytes.
  if (!Number.isInteger(ln) || ln < 1 || ln > 22 || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return null;
  const salt = Buffer.from(saltText, "base64url");
  const key = Buffer.from(keyText, "base64url");
  if (salt.length < 8 || key.length < 16) return null;
  return { ln, r, p, salt, key };
}

function isBcrypt(hash: string): boolean {
  return /^\$2[aby]\$\d\d\$/.test(hash);
}

/** True when the password matches; a hash in no known format matches nothing. */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parseScrypt(hash);
  if (parsed) {
    const key = await derive(password, parsed.salt, parsed, parsed.key.length);
    return timingSafeEqual(key, parsed.key);
  }
  // Accounts made before scrypt; their hash is replaced at their next sign-in (needsRehash).
  if (isBcrypt(hash)) return bcrypt.compare(password, hash);
  return false;
}

/** A hash made by bcrypt or with other parameters than today's: make a new one once the password is known. */
export function needsRehash(hash: string): boolean {
  const parsed = parseScrypt(hash);
  const params = currentParams();
  return !parsed || parsed.ln !== params.ln || parsed.r !== params.r || parsed.p !== params.p || parsed.key.length !== KEY_LENGTH;
}

let dummyHash: Promise<string> | undefined;

/**
 * Checked against when the email is unknown, so a wrong email costs as much as a wrong password
 * (same algorithm and parameters as a real hash).
 */
export function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("base64url"));
  return dummyHash;
}
