import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { env } from "@/lib/env";

/**
 * SQL fragments whose spelling differs between SQLite and PostgreSQL (decision 0018). Each helper
 * writes both forms, which db/dialect.test.ts runs on a real server; by default the one of the
 * database this process opens (db/index.ts): PostgreSQL when DATABASE_URL is set.
 */
export type Dialect = "sqlite" | "postgresql";

export const DIALECT: Dialect = env.DATABASE_URL ? "postgresql" : "sqlite";

/** The distinct non-null values joined with commas, in no particular order. */
export function distinctList(value: SQLWrapper, dialect: Dialect = DIALECT): SQL<string | null> {
  return dialect === "sqlite" ? sql`group_concat(distinct ${value})` : sql`string_agg(distinct ${value}, ',')`;
}

/** The Monday (UTC) of an instant's week, as YYYY-MM-DD text. */
export function weekStartUtc(instant: SQLWrapper, dialect: Dialect = DIALECT): SQL<string> {
  return dialect === "sqlite"
    ? sql`date(${instant} / 1000, 'unixepoch', 'weekday 0', '-6 days')`
    : sql`to_char(date_trunc('week', ${instant} at time zone 'UTC'), 'YYYY-MM-DD')`;
}

/** The later of one millisecond after an instant (null: the epoch) and `now`: a version that only grows. */
export function nextInstant(instant: SQLWrapper, now: Date, dialect: Dialect = DIALECT): SQL {
  return dialect === "sqlite"
    ? sql`max(coalesce(${instant}, 0) + 1, ${now.getTime()})`
    : sql`greatest(coalesce(${instant}, 'epoch'::timestamptz) + interval '1 millisecond', ${now.toISOString()}::timestamptz)`;
}

/**
 * A JSON object's entries as a FROM item `alias(key, value)`: `json` is a JSON column, `field`
 * the name of the object-valued field in it. A missing field gives no rows in both.
 */
export function jsonObjectEntries(json: SQLWrapper, field: string, alias: string, dialect: Dialect = DIALECT): SQL {
  const name = sql.identifier(alias);
  return dialect === "sqlite" ? sql`json_each(${json}, ${`$.${field}`}) ${name}` : sql`jsonb_each(${json} -> ${field}) ${name}`;
}

/** A number field of the value of a jsonObjectEntries row. */
export function jsonEntryNumber(alias: string, field: string, dialect: Dialect = DIALECT): SQL<number | null> {
  const name = sql.identifier(alias);
  return dialect === "sqlite" ? sql`json_extract(${name}.value, ${`$.${field}`})` : sql`(${name}.value ->> ${field})::numeric`;
}

/** The key of a jsonObjectEntries row. */
export function jsonEntryKey(alias: string): SQL<string> {
  return sql`${sql.identifier(alias)}.key`;
}

/**
 * Text starting with `prefix`, ASCII case folded, `%` and `_` taken literally. Each form is the
 * one its index serves: SQLite's `collate nocase` index (LIKE folds ASCII case itself) and
 * PostgreSQL's `lower(…) text_pattern_ops` index (its LIKE is case-sensitive).
 */
export function startsWithIgnoringCase(text: SQLWrapper, prefix: string, dialect: Dialect = DIALECT): SQL {
  const pattern = `${prefix.replace(/[%_\\]/g, "\\$&")}%`;
  return dialect === "sqlite" ? sql`${text} like ${pattern} escape '\\' collate nocase` : sql`lower(${text}) like lower(${pattern}) escape '\\'`;
}
