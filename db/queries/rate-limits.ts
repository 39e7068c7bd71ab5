import "server-only";
import { lt } from "drizzle-orm";
import { getDb } from "../index";
import { rateLimits } from "../schema";

/** Drops the counts whose window has closed (rate-limiter-flexible ignores them already). */
export function deleteExpiredRateLimits(now: Date): number {
  return getDb().delete(rateLimits).where(lt(rateLimits.expire, now.getTime())).run().changes;
}
