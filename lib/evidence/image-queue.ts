import "server-only";
import pLimit from "p-limit";
import { env } from "../env";

/** Refused at once: every slot is taken and the waiting room is full. */
export class QueueFullError extends Error {
  constructor() {
    super("The image queue is full");
  }
}

/**
 * A queue for heavy work: at most `concurrency` jobs run, up to `maxWaiting` wait their turn
 * (first come, first served), and any more are refused at once rather than piling up uploads
 * in memory behind a queue that cannot keep up.
 */
export function createWorkQueue(concurrency: number, maxWaiting: number) {
  const limit = pLimit(concurrency);
  return {
    /** For work brought by an upload: refused (QueueFullError) when the waiting room is full. */
    run<T>(work: () => Promise<T>): Promise<T> {
      if (limit.activeCount >= limit.concurrency && limit.pendingCount >= maxWaiting) return Promise.reject(new QueueFullError());
      return limit(work);
    },
    /** For work a page needs to finish (a letter's images, a published crop): waits however long the queue is. */
    runWhenFree<T>(work: () => Promise<T>): Promise<T> {
      return limit(work);
    },
    get running() {
      return limit.activeCount;
    },
    get waiting() {
      return limit.pendingCount;
    },
  };
}

/**
 * Every sharp job of the app goes through this one queue (uploads, published crops, images in
 * letters): an image near the pixel cap costs about 0.85 s of CPU and 160 MB, and twenty at once
 * starved the server. libvips uses its own threads for each job, so a small number is enough.
 */
export const imageQueue = createWorkQueue(env.IMAGE_CONCURRENCY, env.IMAGE_QUEUE_MAX);
