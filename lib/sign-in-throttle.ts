import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { env } from "./env";
import { sharedLimiter, type SharedLimiter } from "./rate-limit";

/**
 * Limits on password guessing and on the forms that cost a hash or send a mail, counted in the
 * database so every server worker sees the same counts (lib/rate-limit.ts).
 *
 * Wrong passwords are counted per account and per source: the browser's known-device cookie
 * when it has one for this account (lib/known-device.ts), else the IP. Ten wrong passwords
 * from one source block that source for the account for 15 minutes. A slower ceiling counts
 * every source together, so guesses spread over many addresses stop too; it does not apply to
 * the owner's known devices, so nobody can lock the owner out by guessing from elsewhere.
 * Per-IP budgets bound the hashing one address can ask for; IP_LIMIT_SCALE widens them for
 * networks many people share.
 */
export const FAILURES_PER_SOURCE = 10;
const SOURCE_WINDOW = 15 * 60;
export const FAILURES_PER_ACCOUNT = 50;
const ACCOUNT_WINDOW = 24 * 60 * 60;
export const SIGN_INS_PER_IP = 100;
export const SIGN_UPS_PER_IP = 20;
export const MAILS_PER_ACCOUNT = 5;

const failuresPerSource = sharedLimiter("sign-in-source", FAILURES_PER_SOURCE, SOURCE_WINDOW);
const failuresPerAccount = sharedLimiter("sign-in-account", FAILURES_PER_ACCOUNT, ACCOUNT_WINDOW);
const signInsPerIp = sharedLimiter("sign-in-ip", SIGN_INS_PER_IP * env.IP_LIMIT_SCALE, 15 * 60);
const signUpsPerIp = sharedLimiter("sign-up-ip", SIGN_UPS_PER_IP * env.IP_LIMIT_SCALE, 60 * 60);
const resetsPerIp = sharedLimiter("reset-ip", SIGN_UPS_PER_IP * env.IP_LIMIT_SCALE, 60 * 60);
// Confirmation and reset mails to one address: enough to retry, too few to flood an inbox.
const mailsPerAccount = sharedLimiter("mail-account", MAILS_PER_ACCOUNT, 60 * 60);

/** Where an attempt comes from: the client's IP, and the browser's known device for this account if any. */
export type AttemptSource = { ip: string; deviceId?: string | null };

export type Limited = { ok: false; retryAfterSeconds: number };
export type LimitCheck = { ok: true } | Limited;

function limited(msBeforeNext: number): Limited {
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)) };
}

async function take(limiter: SharedLimiter, key: string): Promise<LimitCheck> {
  try {
    await limiter.consume(key);
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return limited(error.msBeforeNext);
    throw error;
  }
}

async function reached(limiter: SharedLimiter, key: string, max: number): Promise<LimitCheck> {
  const state = await limiter.get(key);
  return state && state.consumedPoints >= max ? limited(state.msBeforeNext) : { ok: true };
}

function sourceKey(account: string, source: AttemptSource): string {
  return source.deviceId ? `${account}|device:${source.deviceId}` : `${account}|ip:${source.ip}`;
}

/** Before checking a password: may this source try this account now? Counts the attempt for its IP. */
export async function checkSignIn(account: string, source: AttemptSource): Promise<LimitCheck> {
  const bySource = await reached(failuresPerSource, sourceKey(account, source), FAILURES_PER_SOURCE);
  if (!bySource.ok) return bySource;
  if (!source.deviceId) {
    const byAccount = await reached(failuresPerAccount, account, FAILURES_PER_ACCOUNT);
    if (!byAccount.ok) return byAccount;
  }
  return take(signInsPerIp, source.ip);
}

export async function recordFailedSignIn(account: string, source: AttemptSource): Promise<void> {
  await Promise.all([failuresPerSource.penalty(sourceKey(account, source), 1), failuresPerAccount.penalty(account, 1)]);
}

/** The right password clears that source's count; the account-wide count runs its course. */
export async function recordSuccessfulSignIn(account: string, source: AttemptSource): Promise<void> {
  await failuresPerSource.delete(sourceKey(account, source));
}

export function checkSignUp(ip: string): Promise<LimitCheck> {
  return take(signUpsPerIp, ip);
}

export function checkResetRequest(ip: string): Promise<LimitCheck> {
  return take(resetsPerIp, ip);
}

/** False when this address has had enough mails for now (the request still answers the same). */
export async function mayMail(account: string): Promise<boolean> {
  return (await take(mailsPerAccount, account)).ok;
}
