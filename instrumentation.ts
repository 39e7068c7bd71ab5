const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs once when the server starts: migrate the database and make sure the auth secret exists,
 * so the first visitor does not pay for it and a broken database fails the start, not a page.
 * Then evidence files left without a row (a crash mid-upload) or never saved are swept, now and
 * every hour, with the submission keys of create forms, the unopened shares older than a day,
 * the closed rate limit windows and the old page expiries: by one worker per hour, whichever
 * ticks first. The front
 * (server/server.mjs) is given the search it answers anonymous visitors with, and how to read a
 * directory list's address into the key of its copy, and the log of page expiries it follows. The notification job runs every
 * NOTIFICATION_INTERVAL_MS, first one interval after the start. The open data download is made
 * again when it is a day old, checked every OPEN_DATA_INTERVAL_MS.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [
    { prepareDatabase },
    { DIALECT },
    { getAuthSecret, env },
    { sweepEvidence },
    { sweepSubmissions },
    { directoryCacheKey, searchTargetOnSqlite },
    { DEFAULT_COUNTRY },
    { registerAnonymousSearch },
    { sweepShares },
    { registerDirectoryKey },
    { oncePerInterval },
    { deleteExpiredRateLimits },
    { registerExpiryLog },
    { latestPageExpiry, pageExpiriesAfter },
    { prunePageExpiries },
  ] = await Promise.all([
    import("./db"),
    import("./db/dialect"),
    import("./lib/env"),
    import("./lib/evidence/lifecycle"),
    import("./lib/submissions"),
    import("./lib/public/directory"),
    import("./lib/domain"),
    import("./server/front-search.mjs"),
    import("./lib/capture/share"),
    import("./server/front-directory.mjs"),
    import("./lib/jobs/lease"),
    import("./db/queries/rate-limits"),
    import("./server/front-expiries.mjs"),
    import("./db/queries/page-expiries"),
    import("./lib/public/page-cache"),
  ]);
  // Before anything reads a row: SQLite migrates as it opens, PostgreSQL here, under a lock that
  // makes servers starting together migrate in turn (db/postgres.ts). Next logs a failed hook and
  // serves on: a server whose every page would fail stops instead, saying why.
  try {
    await prepareDatabase();
  } catch (error) {
    stopTheStart(`${databaseName(env)} could not be reached or migrated: ${errorMessage(error)}`);
  }
  getAuthSecret();
  // The front answers synchronously, which only SQLite's lookup can: on PostgreSQL, Next's route
  // (app/(app)/senders/search/route.ts) answers the search.
  if (DIALECT === "sqlite") registerAnonymousSearch((params) => searchTargetOnSqlite(params, DEFAULT_COUNTRY));
  registerDirectoryKey(directoryCacheKey);
  if (env.REDIS_URL) {
    // Shared state in Redis (decision 0019): a Redis that cannot be reached stops the start here.
    const [{ getRedis }, { followPageExpiries }] = await Promise.all([import("./lib/redis"), import("./lib/public/page-expiry-channel")]);
    try {
      await getRedis();
      registerExpiryLog((await followPageExpiries(env.REDIS_URL)).log);
    } catch (error) {
      // Next logs a failed hook and serves on; without Redis this server would share nothing.
      stopTheStart(errorMessage(error));
    }
  } else {
    // SQLite only (lib/env.ts refuses PostgreSQL without Redis): the front reads this log synchronously.
    registerExpiryLog({ latest: latestPageExpiry, after: pageExpiriesAfter });
  }
  // Every worker sets the timer; the lease lets one of them sweep per hour (decision 0015).
  const sweepOnce = async () => {
    // Submission keys of create forms are needed for retries only; a day is plenty.
    try {
      await sweepSubmissions();
    } catch (error) {
      console.error("Submission key sweep failed", error);
    }
    // Page expiries every worker applied long ago (server/front-expiries.mjs).
    try {
      await prunePageExpiries();
    } catch (error) {
      console.error("Page expiry prune failed", error);
    }
    // Shares nobody opened within a day (with their files, kept in the database).
    try {
      await sweepShares();
    } catch (error) {
      console.error("Share sweep failed", error);
    }
    // Rate limit counts whose window has closed.
    try {
      await deleteExpiredRateLimits(new Date());
    } catch (error) {
      console.error("Rate limit sweep failed", error);
    }
    // Uploaded histories: a day to be imported, then their file goes.
    await import("./lib/import/imports").then(({ sweepImports }) => sweepImports()).catch((error: unknown) => console.error("Import sweep failed", error));
    // Evidence, with the pins of uploads that crashed.
    await sweepEvidence().catch((error: unknown) => console.error("Evidence sweep failed", error));
  };
  const sweep = () => oncePerInterval("sweep", SWEEP_INTERVAL_MS, sweepOnce).catch((error: unknown) => console.error("Sweep failed", error));
  // In the background: with many files the sweep takes a while, and serving must not wait for it.
  void sweep();
  setInterval(sweep, SWEEP_INTERVAL_MS).unref();
  // Notifications are mailed from the table on a timer, never inside a request (lib/notifications/job.ts).
  setInterval(
    () => void import("./lib/notifications/job").then(({ runNotificationJobOnce }) => runNotificationJobOnce()),
    env.NOTIFICATION_INTERVAL_MS,
  ).unref();
  const openData = () =>
    void import("./lib/open-data/bulk")
      .then(({ regenerateOpenDataIfOld }) => regenerateOpenDataIfOld())
      .catch((error: unknown) => console.error("Open data download failed", error));
  openData();
  setInterval(openData, env.OPEN_DATA_INTERVAL_MS).unref();
}

/** Ends this server before it listens (under server/cluster.mjs, the primary stops too: "exited before the server was ready"). */
function stopTheStart(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The database this server opens, as an operator set it: PostgreSQL's address without its password. */
function databaseName(env: { DATABASE_URL?: string; DATABASE_PATH: string }): string {
  if (!env.DATABASE_URL) return `The SQLite file ${env.DATABASE_PATH} (DATABASE_PATH)`;
  const address = new URL(env.DATABASE_URL);
  if (address.password) address.password = "***";
  return `PostgreSQL at ${address.href} (DATABASE_URL)`;
}

/** An error's message; node-postgres gives an empty AggregateError when every address of a host refused. */
function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return error.errors.map(errorMessage).join("; ");
  return error instanceof Error ? error.message : String(error);
}
