import * as sqlite from "./schema";
import * as postgres from "./schema-pg";
import { DIALECT } from "./dialect";

/**
 * The tables queries are built on, in the dialect this process opens (DATABASE_URL, db/index.ts).
 * Typed as the SQLite ones for both: db/schema-parity.test.ts proves their row types equal, and a
 * table's columns convert values for their own dialect (decision 0018). Row types stay in ./schema.
 */
const chosen = (DIALECT === "postgresql" ? postgres : sqlite) as unknown as typeof sqlite;

export const {
  users,
  senders,
  cases,
  incidents,
  exchanges,
  evidence,
  complaints,
  caseShares,
  publicIncidents,
  publicExchanges,
  publicEvidence,
  senderStats,
  senderCategories,
  contentReports,
  auditLog,
  authTokens,
  formSubmissions,
  shares,
  shareFiles,
  imports,
  organisations,
  organisationMembers,
  organisationSenders,
  senderClaims,
  senderReplies,
  notifications,
  jobLeases,
  pageExpiries,
  blobPins,
  rateLimits,
} = chosen;
