const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Runs once when the server starts: migrate the database and make sure the auth secret exists,
 * so the first visitor does not pay for it and a broken database fails the start, not a page.
 * Then evidence files left without a row (a crash mid-upload) or never saved are swept, now and
 * every hour. The front (scripts/server.mjs) is given the search it answers anonymous visitors with.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDb }, { getAuthSecret }, { sweepEvidence }, { searchTarget }, { DEFAULT_COUNTRY }, { registerAnonymousSearch }] = await Promise.all([
    import("./db"),
    import("./lib/env"),
    import("./lib/evidence/lifecycle"),
    import("./lib/public/directory"),
    import("./lib/domain"),
    import("./lib/public/front-search.mjs"),
  ]);
  getDb();
  getAuthSecret();
  registerAnonymousSearch((params) => searchTarget(params, DEFAULT_COUNTRY));
  const sweep = () => sweepEvidence().catch((error: unknown) => console.error("Evidence sweep failed", error));
  // In the background: with many files the sweep takes a while, and serving must not wait for it.
  void sweep();
  setInterval(sweep, SWEEP_INTERVAL_MS).unref();
}
