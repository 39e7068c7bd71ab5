import { afterAll, inject } from "vitest";
import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * Gives the calling test file a database of its own on the run's PostgreSQL (lib/testing/pg-global-setup.ts),
 * a copy of the migrated template, through DATABASE_URL: called by vitest.setup.ts before the
 * file's imports read lib/env.ts. Dropped after the file, once its pool is closed.
 */
export async function usePostgresDatabase(): Promise<void> {
  const { serverUrl, template } = inject("postgres");
  const database = `spamtrail_test_${randomBytes(6).toString("hex")}`;
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  await admin((client) => client.query(`create database "${database}" template "${template}"`));
  process.env.DATABASE_URL = `${serverUrl}/${database}`;

  afterAll(async () => {
    await closePool();
    // force: a connection a test left open (a server it started) must not keep the database.
    await admin((client) => client.query(`drop database if exists "${database}" with (force)`));
  });
}

/**
 * closeDb(), then waits for the pool to have ended: dropping the database while its idle
 * connections are still open would make them fail, and the pool throw.
 */
async function closePool(): Promise<void> {
  const held = (globalThis as { spamtrailDb?: { write: { $client: pg.Pool } } }).spamtrailDb;
  if (!held) return;
  const { closeDb } = await import("@/db");
  closeDb();
  const pool = held.write.$client as pg.Pool & { ended: boolean };
  for (let waited = 0; !pool.ended && waited < 5_000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}
