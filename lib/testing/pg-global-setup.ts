import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startPostgres } from "./pg-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The unit tests' PostgreSQL (TEST_DATABASE=postgres): its address and the migrated template database. */
    postgres: { serverUrl: string; template: string };
  }
}

/**
 * vitest's globalSetup for `TEST_DATABASE=postgres`: one PostgreSQL server for the whole run, and
 * in it a database migrated once from db/migrations-pg. Each test file gets a copy of it
 * (vitest.setup.ts): `create database … template` copies files, faster than migrating 30 tables
 * again in every file, and the migrations themselves are tested by db/migrations-pg.test.ts.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const server = await startPostgres();
  const template = new URL(server.url).pathname.slice(1);
  const pool = new pg.Pool({ connectionString: server.url, max: 1 });
  try {
    await migrate(drizzle(pool), { migrationsFolder: path.join(import.meta.dirname, "../../db/migrations-pg") });
  } catch (error) {
    await pool.end();
    await server.close();
    throw error;
  }
  // A template must have no connection while it is copied.
  await pool.end();
  project.provide("postgres", { serverUrl: server.serverUrl, template });
  console.log(`PostgreSQL for the unit tests ready on ${server.serverUrl} in ${Date.now() - started} ms`);
  return () => server.close();
}
