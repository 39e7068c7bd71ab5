import { is, SQL, type Table } from "drizzle-orm";
import { getTableConfig as getPgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as getSqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as pgSchema from "./schema-pg";
import * as sqliteSchema from "./schema";

/**
 * What the app relies on in a table, the same in either dialect: db/schema-pg.ts must say what
 * db/schema.ts says (decision 0018). Column types are compared as the app sees them (drizzle's
 * dataType), not as stored: a SQLite timestamp_ms integer and a PostgreSQL timestamptz are both dates.
 */
type Shape = {
  columns: Record<string, string>;
  primaryKey: string[];
  uniques: string[];
  indexes: string[];
  foreignKeys: string[];
  checks: string[];
};

type AnyConfig = ReturnType<typeof getSqliteTableConfig> | ReturnType<typeof getPgTableConfig>;
type AnyColumn = AnyConfig["columns"][number];

const names = (columns: readonly unknown[]) => columns.map((column) => (is(column, SQL) ? "<expression>" : (column as { name: string }).name)).join(",");

function shape(config: AnyConfig, tableName: (table: never) => string): Shape {
  const column = (c: AnyColumn) => {
    const databaseDefault =
      c.default !== undefined || ("autoIncrement" in c && c.autoIncrement === true) || ("generatedIdentity" in c && c.generatedIdentity !== undefined);
    const appType = c.dataType === "custom" && c.getSQLType() === "bytea" ? "buffer" : c.dataType;
    return [
      appType,
      c.notNull ? "not null" : "null",
      databaseDefault ? "database default" : "",
      c.defaultFn ? "app default" : "",
      c.onUpdateFn ? "on update" : "",
      c.enumValues?.length ? `enum(${c.enumValues.join("|")})` : "",
    ]
      .filter(Boolean)
      .join(" ");
  };
  const primaryKey = [...config.columns.filter((c) => c.primary).map((c) => c.name), ...config.primaryKeys.map((pk) => names(pk.columns))];
  const uniques = [
    ...config.columns.filter((c) => c.isUnique).map((c) => c.name),
    ...config.uniqueConstraints.map((u) => names(u.columns)),
    ...config.indexes.filter((i) => i.config.unique).map((i) => names(i.config.columns)),
  ];
  return {
    columns: Object.fromEntries(config.columns.map((c) => [c.name, column(c)])),
    primaryKey: primaryKey.sort(),
    uniques: uniques.sort(),
    indexes: config.indexes
      .filter((i) => !i.config.unique)
      .map((i) => `${i.config.name}(${names(i.config.columns)})`)
      .sort(),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        return `(${names(ref.columns)}) → ${tableName(ref.foreignTable as never)}(${names(ref.foreignColumns)}) on delete ${fk.onDelete ?? "no action"}`;
      })
      .sort(),
    checks: config.checks.map((c) => c.name).sort(),
  };
}

const sqliteTables = new Map(
  Object.values(sqliteSchema)
    .filter((value) => is(value, SQLiteTable))
    .map((table) => [getSqliteTableConfig(table).name, shape(getSqliteTableConfig(table), (t) => getSqliteTableConfig(t).name)]),
);
const pgTables = new Map(
  Object.values(pgSchema)
    .filter((value) => is(value, PgTable))
    .map((table) => [getPgTableConfig(table).name, shape(getPgTableConfig(table), (t) => getPgTableConfig(t).name)]),
);

describe("db/schema-pg.ts mirrors db/schema.ts", () => {
  it("has the same tables", () => {
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
    expect(sqliteTables.size).toBeGreaterThan(25);
  });

  it("gives the app the same row types to read and to insert", () => {
    type Rows<Schema> = {
      [K in keyof Schema as Schema[K] extends Table ? K : never]: Schema[K] extends Table ? [Schema[K]["$inferSelect"], Schema[K]["$inferInsert"]] : never;
    };
    expectTypeOf<Rows<typeof pgSchema>>().toEqualTypeOf<Rows<typeof sqliteSchema>>();
  });

  it.each([...sqliteTables.keys()])("%s: same columns, keys, indexes and checks", (name) => {
    expect(pgTables.get(name)).toEqual(sqliteTables.get(name));
  });
});
