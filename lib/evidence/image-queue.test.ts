import { afterAll, describe, expect, it, vi } from "vitest";
import { pngBytes } from "@/lib/testing/evidence-files";
import { createWorkQueue, imageQueue, QueueFullError } from "./image-queue";
import { processImage } from "./process";

vi.hoisted(() => {
  process.env.IMAGE_CONCURRENCY = "2";
  process.env.IMAGE_QUEUE_MAX = "1";
});
// Read once when lib/env.ts loads; not left behind for whatever runs next in this process.
afterAll(() => {
  delete process.env.IMAGE_CONCURRENCY;
  delete process.env.IMAGE_QUEUE_MAX;
});

/** Lets every promise callback that is ready run (no clock involved). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A job that counts itself while it runs and finishes only when told to. */
function instrumented() {
  let running = 0;
  let most = 0;
  const releases: (() => void)[] = [];
  const job = () =>
    new Promise<void>((resolve) => {
      running++;
      most = Math.max(most, running);
      releases.push(() => {
        running--;
        resolve();
      });
    });
  return {
    job,
    get running() {
      return running;
    },
    get most() {
      return most;
    },
    releaseOne: () => releases.shift()?.(),
    get started() {
      return releases.length;
    },
  };
}

describe("the image queue", { timeout: 60_000 }, () => {
  it("runs no more than its concurrency at once, first come first served, and refuses beyond its waiting room", async () => {
    const queue = createWorkQueue(3, 5);
    const work = instrumented();
    const done = Array.from({ length: 8 }, () => queue.run(work.job));
    await expect(queue.run(work.job)).rejects.toBeInstanceOf(QueueFullError);
    await settle();
    expect(work.running).toBe(3);
    expect(queue.waiting).toBe(5);
    for (let finished = 1; finished <= 8; finished++) {
      work.releaseOne();
      await settle();
      expect(work.running).toBe(Math.min(3, 8 - finished));
    }
    await Promise.all(done);
    expect(work.most).toBe(3);
    expect(queue.running).toBe(0);
  });

  it("puts uploads' image processing through the same queue: it waits for a free slot, and is refused as busy when the room is full", async () => {
    const work = instrumented();
    // The app's queue here: 2 at once, 1 waiting (IMAGE_CONCURRENCY, IMAGE_QUEUE_MAX above).
    const blockers = [imageQueue.runWhenFree(work.job), imageQueue.runWhenFree(work.job)];
    await settle();
    expect(work.running).toBe(2);

    let answered = false;
    const processing = processImage(await pngBytes(), "image/png").finally(() => (answered = true));
    await settle();
    expect(imageQueue.waiting).toBe(1);
    expect(answered).toBe(false);
    expect(await processImage(await pngBytes(), "image/png")).toEqual({ ok: false, error: "busy" });

    work.releaseOne();
    expect((await processing).ok).toBe(true);
    expect(work.most).toBe(2);
    work.releaseOne();
    await Promise.all(blockers);
  });
});
