import { defineConfig } from "drizzle-kit";

// db/schema.ts's PostgreSQL mirror (decision 0018); `npm run db:generate:pg` after changing it.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema-pg.ts",
  out: "./db/migrations-pg",
});
