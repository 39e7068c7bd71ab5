import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";

/**
 * Slows password guessing: after MAX_FAILURES wrong passwords for one email within the window,
 * that email cannot sign in until the window has passed. Keyed by email, not IP, because one
 * guesser can use many addresses. In memory: Spamtrail runs as one process.
 */
export const MAX_FAILURES = 10;
const WINDOW_SECONDS = 15 * 60;

const failures = new RateLimiterMemory({ keyPrefix: "sign-in", points: MAX_FAILURES, duration: WINDOW_SECONDS });

export async function isSignInBlocked(email: string): Promise<boolean> {
  const state = await failures.get(email);
  return (state?.consumedPoints ?? 0) >= MAX_FAILURES;
}

export async function recordFailedSignIn(email: string): Promise<void> {
  await failures.penalty(email, 1);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await failures.delete(email);
}
