import "server-only";
import { lt } from "drizzle-orm";
import { writeTransaction, changedRows } from "../index";
import { rateLimits } from "../tables";

/** Drops the counts whose window has closed (rate-limiter-flexible ignores them already). */
export async function deleteExpiredRateLimits(now: Date): Promise<number> {
  return changedRows(await writeTransaction((tx) => tx.delete(rateLimits).where(lt(rateLimits.expire, now.getTime()))));
}
