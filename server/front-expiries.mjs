// @ts-check
// Under server/cluster.mjs each worker keeps its own copies of public pages: the front's
// (server/front-cache.mjs, server/front-directory.mjs) and Next's rendered pages. A write in one
// worker expires its own at once (lib/public/page-cache.ts) and logs the senders in the database,
// in the write's transaction (the page_expiries table). Before answering, every worker reads the
// rows logged since the last it applied and expires the same pages: once the write's answer is
// out, no worker serves the page as it was. Checking costs one indexed `max(seq)` per request
// (docs/decisions/0016-one-worker-per-core.md has the figure).
// With REDIS_URL (servers on several machines, decision 0019) the log is fed by a Redis channel
// instead (`createExpiryFeed`, lib/public/page-expiry-channel.ts): the writer's answer waits until
// Redis has taken its message (server/answer-hold.mjs), and a follower that lost the channel
// expires every page.
import { createRequire } from "node:module";

const REGISTRY = Symbol.for("spamtrail.page-expiries");

/** @typedef {{ seq: number, senderIds: string[], expiredAt: number, all?: boolean }} PageExpiry One write's senders, as logged; `all`: every page (expiries may have been missed). */
/** @typedef {{ latest(): number, after(seq: number): PageExpiry[] }} ExpiryLog The log, read by the app's code (registered by instrumentation.ts). */

/** Called by the app inside Next's server. @param {ExpiryLog} log */
export function registerExpiryLog(log) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY] = log;
}

/**
 * Follows the log: `catchUp()` hands each expiry logged since the last call to `apply`, oldest
 * first, each once. The first call hands over the whole log (a day of writes): a worker started
 * late must not serve a page Next had rendered to disk before a write. `fresh` is false then.
 * @param {{ apply(expiry: PageExpiry, fresh: boolean): void, log?: () => ExpiryLog | undefined }} options
 * `log`: for tests; by default the one the app registered.
 */
export function createExpiryFollower({
  apply,
  log = () => /** @type {ExpiryLog | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY]),
}) {
  let applied = 0;
  let started = false;
  return {
    catchUp() {
      const expiries = log();
      if (!expiries) return;
      try {
        if (expiries.latest() <= applied) {
          started = true;
          return;
        }
        for (const expiry of expiries.after(applied)) {
          apply(expiry, started);
          applied = expiry.seq;
        }
        started = true;
      } catch (error) {
        // A page served from an old copy beats no page: the next request tries again.
        console.error("front: could not read page expiries", error);
      }
    },
  };
}

/** Entries kept for a follower that has not caught up; past that one "expire all" stands for them. */
const FEED_MAX = 10_000;

/**
 * An expiry log in memory, fed by the channel's messages (`push`), for one follower. While the
 * channel is down (`down()` until the next `up()`) every read of `latest` logs "expire all": a
 * message may be missed then, so no copy is served as it was. `up()` logs "expire all" too: the
 * messages published while it was down are gone.
 * @param {{ now?: () => number }} [options]
 */
export function createExpiryFeed({ now = Date.now } = {}) {
  let seq = 0;
  /** @type {PageExpiry[]} */
  let entries = [];
  let connected = false;
  /** @param {string[]} senderIds @param {boolean} all */
  function push(senderIds, all, expiredAt = now()) {
    seq += 1;
    if (entries.length >= FEED_MAX) entries = [{ seq, senderIds: [], expiredAt, all: true }];
    else entries.push(all ? { seq, senderIds: [], expiredAt, all: true } : { seq, senderIds, expiredAt });
  }
  return {
    /** One write's senders, from the channel. @param {string[]} senderIds @param {number} [expiredAt] */
    push: (senderIds, expiredAt) => push(senderIds, false, expiredAt),
    /** Subscribed (again): what was published meanwhile is lost. */
    up() {
      connected = true;
      push([], true);
    },
    /** The connection is lost. */
    down() {
      connected = false;
    },
    /** @type {ExpiryLog} */
    log: {
      latest() {
        if (!connected) push([], true);
        return seq;
      },
      after(from) {
        // One follower per process: what it has applied is not asked for again.
        entries = entries.filter((entry) => entry.seq > from);
        return entries;
      },
    },
  };
}

const require = createRequire(import.meta.url);
const TAGS_MANIFEST = "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

/**
 * Expires Next's cached pages at these paths in this process, as revalidatePath(path) does once
 * its request ends (next/dist/server/web/spec-extension/revalidate.js: the path's implicit tag;
 * FileSystemCache.revalidateTag: `{ expired: at }` in the tags manifest that
 * IncrementalCache.get checks). revalidatePath needs a request; this does not. The manifest is
 * the module instance Next's server loaded (checked by `nextPageExpiry`).
 * @param {{ tagsManifest: Map<string, { expired?: number, stale?: number }> }} manifest
 */
function expirePaths(manifest) {
  /** @param {readonly string[]} paths @param {number} at */
  return (paths, at) => {
    for (const path of paths) {
      const tag = `_N_T_${path}`;
      const entry = manifest.tagsManifest.get(tag);
      manifest.tagsManifest.set(tag, { ...entry, expired: Math.max(entry?.expired ?? 0, at) });
    }
  };
}

/** After `app.prepare()`: how this process expires Next's pages, from Next's own tags manifest. */
export function nextPageExpiry() {
  const file = require.resolve(TAGS_MANIFEST);
  // Next loads it as it starts; loading it here first would give a second, unread manifest.
  if (!require.cache[file]) throw new Error(`${TAGS_MANIFEST} is not loaded by Next's server: its pages could not be expired across workers`);
  return expirePaths(require(file));
}
