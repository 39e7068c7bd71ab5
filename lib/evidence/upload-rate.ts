import "server-only";
import { RateLimiterRes } from "rate-limiter-flexible";
import { env } from "../env";
import { sharedLimiter } from "../rate-limit";

const WINDOW_SECONDS = 10 * 60;

/**
 * How many files one user may send in 10 minutes (EVIDENCE_UPLOADS_PER_10_MINUTES, 60 by
 * default: three full incidents). Every request counts, refused ones too, since each costs the
 * server a body to read and maybe an image to decode. Counted in the database, across
 * server workers.
 */
export function createUploadRate(points: number, durationSeconds = WINDOW_SECONDS) {
  const limiter = sharedLimiter("evidence-upload", points, durationSeconds);
  /** Takes one upload from the user's allowance; when none is left, how many seconds until there is. */
  return async function takeUpload(userId: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
    try {
      await limiter.consume(userId);
      return { ok: true };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    }
  };
}

export const takeUpload = createUploadRate(env.EVIDENCE_UPLOADS_PER_10_MINUTES);
