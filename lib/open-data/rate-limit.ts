import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";
import { sharedLimiter, type SharedLimiter } from "../rate-limit";

export const RATE_WINDOW_SECONDS = 60;

export type RateCheck = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

// In the database every server worker shares: one consume costs an upsert (decision 0015).
let limiter: SharedLimiter | undefined;
const apiLimiter = () => (limiter ??= sharedLimiter("open-data", env.API_RATE_LIMIT_PER_MINUTE, RATE_WINDOW_SECONDS));

/** Counts one request of this client address against the open data API's budget per minute. */
export async function takeApiRequest(clientIp: string): Promise<RateCheck> {
  const limit = env.API_RATE_LIMIT_PER_MINUTE;
  try {
    const result = await apiLimiter().consume(clientIp);
    return { allowed: true, limit, remaining: result.remainingPoints, resetSeconds: Math.ceil(result.msBeforeNext / 1000) };
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return { allowed: false, limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
  }
}

/** The IETF draft's headers (draft-ietf-httpapi-ratelimit-headers): the policy, and where this client stands in it. */
export function rateLimitHeaders(check: RateCheck): Record<string, string> {
  return {
    "RateLimit-Policy": `${check.limit};w=${RATE_WINDOW_SECONDS}`,
    RateLimit: `limit=${check.limit}, remaining=${check.remaining}, reset=${check.resetSeconds}`,
  };
}
