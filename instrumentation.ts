/**
 * Runs once when the server starts: migrate the database and make sure the auth secret exists,
 * so the first visitor does not pay for it and a broken database fails the start, not a page.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDb }, { getAuthSecret }] = await Promise.all([import("./db"), import("./lib/env")]);
  getDb();
  getAuthSecret();
}
