import { z } from "zod";
import { CATEGORIES, CHANNELS, COUNTRIES, REPLY_KINDS, SECTORS, SENDER_KINDS } from "../domain";

/**
 * The open data API's answers and parameters. Each answer is built, then parsed with its schema
 * before it goes out (lib/open-data/respond.ts), and the OpenAPI document is generated from these
 * same schemas (lib/open-data/openapi.ts): what the document says is what the API checks.
 * Named schemas are registered here and become the document's components.
 */
export const openDataSchemas = z.registry<{ id: string; description?: string }>();

const named = <T extends z.ZodType>(schema: T, id: string, description: string): T => {
  openDataSchemas.add(schema, { id, description });
  return schema;
};

const time = z.iso.datetime().describe("UTC, ISO 8601");
const count = z.number().int().nonnegative();
const counts = z.record(z.string(), count);

/** Keyset cursors of the paginated lists, opaque to clients: "<time or count>_<id>" of the last row given. */
export const cursorPattern = /^\d{1,15}_[0-9a-f-]{36}$/;
const cursor = z.string().regex(cursorPattern).describe("Cursor from a previous answer's `next`: the page after it");

export const nextPageSchema = named(
  z.object({ cursor: z.string(), href: z.string().describe("This list's address with the cursor and limit set") }).nullable(),
  "NextPage",
  "Where the next page starts; null on the last page",
);

export const errorSchema = named(
  z.object({
    error: z.object({
      code: z.enum(["bad_request", "not_found", "rate_limited"]),
      message: z.string(),
      issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
    }),
  }),
  "Error",
  "What went wrong; `issues` lists the parameters refused (400)",
);

export const senderSummarySchema = named(
  z.object({
    id: z.uuid(),
    display: z.string().describe("The number in international format, or the sender ID as first seen"),
    kind: z.enum(SENDER_KINDS),
    organisation: z.string().nullable().describe("Organisation name when an admin has established it"),
    publicCases: count,
    publicReports: count,
    reporters: count,
    violations: count.describe("Cases breaking a rule, summed over rules"),
    lastSeen: time.nullable(),
    sector: z.enum(SECTORS).nullable(),
    country: z.enum(COUNTRIES).nullable(),
    href: z.string(),
  }),
  "SenderSummary",
  "A sender with public reports, as the directory lists it",
);

export const senderSearchSchema = named(
  z.object({ query: z.string(), senders: z.array(senderSummarySchema), next: nextPageSchema }),
  "SenderSearch",
  "Senders matching the search: the exact identity typed, else sender IDs and organisation names starting with it",
);

const identitySchema = z.object({ id: z.uuid(), display: z.string(), kind: z.enum(SENDER_KINDS) });

export const statementSchema = named(
  z.object({
    id: z.uuid(),
    kind: z.enum(REPLY_KINDS),
    text: z.string(),
    createdAt: time,
  }),
  "Statement",
  "The organisation's newest statement about the sender: not their number (not_ours) or what they did to stop it (stopped)",
);

export const senderDetailSchema = named(
  z.object({
    id: z.uuid(),
    display: z.string(),
    kind: z.enum(SENDER_KINDS),
    identities: z.array(identitySchema).describe("Every identity shown on this sender's page (a number and its sender ID)"),
    organisation: z
      .object({ name: z.string(), verified: z.literal(true), complaintContact: z.string().nullable(), statement: statementSchema.nullable() })
      .nullable()
      .describe("Set when an organisation's claim on this sender was verified"),
    figures: z.object({
      publicCases: count.describe("Shared cases (one per reporter), the denominator of case counts"),
      publicReports: count.describe("Public reports (contacts) in those cases, the denominator of report counts"),
      reporters: count,
      violations: count,
      firstSeen: time.nullable(),
      lastSeen: time.nullable(),
      sector: z.enum(SECTORS).nullable(),
      country: z.enum(COUNTRIES).nullable().describe("The country of most of its reporters: the heatmap is in their local time"),
      categories: counts.describe("Reports per category"),
      channels: counts.describe("Reports per channel"),
      rules: z.array(z.object({ id: z.string(), cases: count, reports: count })).describe("Rules broken: cases and reports breaking each, most cases first"),
      heatmap: z.array(z.array(count)).describe("Reports per weekday (0 = Monday) and local hour (0–23)"),
      weeks: z.array(z.object({ week: z.iso.date().describe("Monday of the week"), reports: count })).describe("Reports per week, up to the last 52"),
      support: z
        .object({
          cases: count.describe("Cases with a shared conversation with the sender's support"),
          complained: count,
          replied: count.describe("Of the complained cases, those the sender answered"),
          medianFirstReplyMinutes: count.nullable(),
          redirected: count,
          resolved: count,
        })
        .describe("Only cases where the reporter wrote to the sender"),
    }),
    links: z.object({ page: z.string(), reports: z.string(), replies: z.string() }),
  }),
  "SenderDetail",
  "A sender's public figures, as on its public page",
);

export const reportSchema = named(
  z.object({
    id: z.uuid(),
    occurredAt: time,
    timeZone: z.string().describe("The recipient's time zone"),
    country: z.enum(COUNTRIES).describe("The recipient's country"),
    channel: z.enum(CHANNELS),
    category: z.enum(CATEGORIES),
    text: z.string().nullable().describe("The message as received, with names, numbers and other personal data masked (⟦name⟧, ⟦phone⟧…)"),
    callDurationSeconds: count.nullable(),
    ruleIds: z.array(z.string()),
  }),
  "Report",
  "One public report (a contact received), redacted",
);

export const reportPageSchema = named(
  z.object({ senderId: z.uuid(), reports: z.array(reportSchema), next: nextPageSchema }),
  "ReportPage",
  "A sender's public reports, newest first",
);

export const replySchema = named(
  z.object({
    id: z.uuid(),
    kind: z.enum(REPLY_KINDS),
    reportId: z.uuid().nullable().describe("The report answered; null for a statement about the sender"),
    text: z.string(),
    createdAt: time,
  }),
  "Reply",
  "An organisation's public answer under a report, or its statement about the sender",
);

export const replyPageSchema = named(
  z.object({ senderId: z.uuid(), organisation: z.string().nullable(), replies: z.array(replySchema), next: nextPageSchema }),
  "ReplyPage",
  "A sender's visible replies and statements, newest first",
);

export const categoryListSchema = named(
  z.object({
    categories: z.array(z.object({ id: z.enum(CATEGORIES), senders: count, reports: count })),
  }),
  "CategoryList",
  "Every category with its public reports and the senders having them",
);

export const ruleListSchema = named(
  z.object({
    rules: z.array(
      z.object({
        id: z.string(),
        country: z.enum(COUNTRIES),
        title: z.object({ id: z.string(), en: z.string() }),
        source: z.object({ instrument: z.string(), article: z.string(), url: z.string().nullable() }),
        confidence: z.enum(["H", "M", "L", "U"]).describe("H: primary text read · M: several consistent secondary sources · L: one source · U: unconfirmed"),
        cases: count.describe("Public cases breaking it"),
        reports: count.describe("Public reports breaking it"),
      }),
    ),
  }),
  "RuleList",
  "The rules Spamtrail checks, with how often public cases and reports break them",
);

// Parameters: strict, so a wrong value is a 400 that says which, never a silent default.
export const LIMIT_MAX = 100;
const limit = z.coerce.number().int().min(1).max(LIMIT_MAX).default(20).describe(`How many per page, 1–${LIMIT_MAX}`);

export const searchParamsSchema = z.object({
  q: z.string().trim().min(1).max(60).describe("A phone number in any format, a short code, a sender ID, or the start of a sender ID or organisation name"),
  country: z.enum(COUNTRIES).default("ID").describe("Read a national number as this country's first"),
  cursor: cursor.optional(),
  limit,
});
export const pageParamsSchema = z.object({ cursor: cursor.optional(), limit });
export const senderPathSchema = z.object({ id: z.uuid().describe("The sender's id (its page id, or the id of any of its identities)") });
