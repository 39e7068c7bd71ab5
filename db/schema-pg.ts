import { relations, sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import {
  ANSWERS,
  CLAIM_STATUSES,
  COLLECTION_TARGETS,
  CONTENT_REPORT_KINDS,
  NUMBER_SOURCES,
  CASE_STATUSES,
  CATEGORIES,
  CHANNELS,
  CONSENTS,
  DEFAULT_COUNTRY,
  type Country,
  DIRECTIONS,
  EXCHANGE_CHANNELS,
  type ExchangeTag,
  DEFAULT_LOCALE,
  DEFAULT_TIME_ZONE,
  IMPORT_KINDS,
  IMPORT_STATUSES,
  INCIDENT_SOURCES,
  LOCALES,
  MODERATION_TARGETS,
  NOTIFICATION_KINDS,
  type NotificationKind,
  REPLY_KINDS,
  ROLES,
  SECTORS,
  SENDER_KINDS,
  STOP_REQUESTS,
} from "@/lib/domain";
import type { DocumentKind } from "@/lib/documents/registry";
import { EVIDENCE_KINDS } from "@/lib/evidence/limits";
import type { SenderFacts, ShareReportFacts } from "./schema";

/**
 * db/schema.ts in PostgreSQL (decision 0018): the same tables, columns, keys and indexes, so the
 * app sees the same row types on either database. db/schema-parity.test.ts fails when the two
 * drift apart; what only raw SQL can say is in the custom migration db/migrations-pg/0001_sqlite_counterparts.sql.
 */

// Milliseconds, like SQLite's timestamp_ms columns; with the zone so instants read back as UTC.
const TIMESTAMP = { withTimezone: true, mode: "date", precision: 3 } as const;

// drizzle 0.45's pg-core has no bytea column; node-postgres reads bytea as a Buffer already.
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());
const createdAt = () => timestamp("created_at", TIMESTAMP).notNull().defaultNow();
const updatedAt = () =>
  timestamp("updated_at", TIMESTAMP)
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const users = pgTable("users", {
  id: id(),
  /** Stored lower-cased and trimmed; unique. */
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  name: text("name"),
  role: text("role", { enum: ROLES }).notNull().default("reporter"),
  locale: text("locale", { enum: LOCALES }).notNull().default(DEFAULT_LOCALE),
  timeZone: text("time_zone").notNull().default(DEFAULT_TIME_ZONE),
  /** Default region for reading phone numbers and for the rules pack. */
  country: text("country").$type<Country>().notNull().default(DEFAULT_COUNTRY),
  /** For the user's own letters only; never shown anywhere else. */
  legalName: text("legal_name"),
  idNumber: text("id_number"),
  postalAddress: text("postal_address"),
  phone: text("phone"),
  /** Region within the country (a date-holidays code, e.g. GA for Galicia), for regional holidays. */
  region: text("region"),
  /** Set when the user opened the link sent to this address; an unconfirmed account cannot sign in. */
  emailVerifiedAt: timestamp("email_verified_at", TIMESTAMP),
  /** Sessions carry the version they were issued at: raising it (password change, sign out everywhere) ends them all. */
  sessionVersion: integer("session_version").notNull().default(0),
  /** Kinds of notification the user does not want by email (they still show in the app). */
  emailOff: jsonb("email_off").$type<NotificationKind[]>().notNull().default([]),
  /** One email a day with everything new, instead of one email per notification. */
  emailDigest: boolean("email_digest").notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * A sender is shared by every user who reports it (advocates later browse one page per sender).
 * `key` is the normalized identity from lib/sender-identity.ts and is unique.
 */
export const senders = pgTable(
  "senders",
  {
    id: id(),
    kind: text("kind", { enum: SENDER_KINDS }).notNull(),
    key: text("key").notNull().unique(),
    /** How to show it: international format for phones, the first spelling seen for sender IDs. */
    display: text("display").notNull(),
    country: text("country"),
    /** Another identity of the same organisation (a number and its sender ID): its page shows both. */
    parentId: text("parent_id").references((): AnyPgColumn => senders.id, { onDelete: "set null" }),
    /** Organisation name and sector, when an admin has established them. */
    organisation: text("organisation"),
    sector: text("sector", { enum: SECTORS }),
    createdAt: createdAt(),
  },
  (t) => [
    index("senders_parent_idx").on(t.parentId), // SQLite's `collate nocase` (ASCII case folding): lower() here, text_pattern_ops so a prefix LIKE can use it.
    index("senders_organisation_idx").on(sql`lower(${t.organisation}) text_pattern_ops`),
  ],
);

/** One case per user per sender, created with the first incident. */
export const cases = pgTable(
  "cases",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    senderId: text("sender_id")
      .notNull()
      .references(() => senders.id, { onDelete: "restrict" }),
    /** Country whose rules apply; starts as the user's country. */
    country: text("country").$type<Country>().notNull(),
    status: text("status", { enum: CASE_STATUSES }).notNull().default("new"),
    /** The earliest time the user asked the sender to stop (an incident's or an exchange's). */
    optOutAt: timestamp("opt_out_at", TIMESTAMP),
    /**
     * What the user said about the sender and themselves, asked once per case where it matters
     * (null: not answered). Is the sender an OJK-licensed firm? Is the user its customer, of which
     * product? How much money did they lose or risk (0: none)? Where did it get their number?
     */
    licensed: text("licensed", { enum: ANSWERS }),
    customer: text("customer", { enum: ANSWERS }),
    product: text("product"),
    lossRupiah: bigint("loss_rupiah", { mode: "number" }),
    numberSource: text("number_source", { enum: NUMBER_SOURCES }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("cases_user_sender_uq").on(t.userId, t.senderId), index("cases_sender_idx").on(t.senderId)],
);

/** One unwanted message or call. Time is a UTC instant plus the zone it was entered in. */
export const incidents = pgTable(
  "incidents",
  {
    id: id(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    /** The sender exactly as the user typed it. */
    senderInput: text("sender_input").notNull(),
    occurredAt: timestamp("occurred_at", TIMESTAMP).notNull(),
    timeZone: text("time_zone").notNull(),
    messageText: text("message_text"),
    callAnswered: boolean("call_answered"),
    callDurationSeconds: integer("call_duration_seconds"),
    callOffer: text("call_offer"),
    category: text("category", { enum: CATEGORIES }).notNull(),
    consent: text("consent", { enum: CONSENTS }).notNull(),
    stopRequest: text("stop_request", { enum: STOP_REQUESTS }).notNull().default("none"),
    stopRequestedAt: timestamp("stop_requested_at", TIMESTAMP),
    /** Did they say which company they are? Null when the user did not answer. */
    companyNamed: text("company_named", { enum: ["yes", "no"] }),
    /** Did they say where they got the number? Null when the user did not answer. */
    sourceGiven: text("source_given", { enum: ["yes", "no"] }),
    /** Debt collection only: who was contacted, and did they threaten or humiliate? Null when not answered. */
    collectionTarget: text("collection_target", { enum: COLLECTION_TARGETS }),
    threatened: text("threatened", { enum: ["yes", "no"] }),
    /** How it came in; imported ones also carry the import's key. */
    source: text("source", { enum: INCIDENT_SOURCES }).notNull().default("form"),
    /** Imports only: a hash of sender, time and text, so importing the same history twice adds nothing. */
    importKey: text("import_key"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("incidents_case_time_idx").on(t.caseId, t.occurredAt), uniqueIndex("incidents_import_key_idx").on(t.caseId, t.importKey)],
);

/**
 * One message or call between the user and the sender's support (or a regulator, later), in
 * either direction. Time is a UTC instant plus the zone it was entered in, as for incidents.
 */
export const exchanges = pgTable(
  "exchanges",
  {
    id: id(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: EXCHANGE_CHANNELS }).notNull(),
    direction: text("direction", { enum: DIRECTIONS }).notNull(),
    /** The account or address on the other side: @shop_care, cs@shop.id, 1500-123. */
    handle: text("handle"),
    occurredAt: timestamp("occurred_at", TIMESTAMP).notNull(),
    timeZone: text("time_zone").notNull(),
    /** The text, or a summary of a call. */
    body: text("body"),
    /** Ticket or reference number. */
    reference: text("reference"),
    tags: jsonb("tags").$type<ExchangeTag[]>().notNull().default([]),
    /** The user's complaint to the company: it starts the company's reply deadline. */
    isComplaint: boolean("is_complaint").notNull().default(false),
    /** "Stop", STOP, or consent withdrawn: the case's opt-out time comes from the earliest. */
    isStopRequest: boolean("is_stop_request").notNull().default(false),
    /** Set when Spamtrail added this exchange from an organisation's public reply under the user's shared report (channel "directory"). */
    replyId: text("reply_id").references((): AnyPgColumn => senderReplies.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("exchanges_case_time_idx").on(t.caseId, t.occurredAt), uniqueIndex("exchanges_reply_uq").on(t.caseId, t.replyId)],
);

/**
 * A screenshot or document. It belongs to its uploader, and shows an incident or an exchange
 * (at most one parent). With no parent it is an upload whose form has not been saved yet; those
 * are swept after a day. Files live in the blob store under `storedKey` (the SHA-256 of the stored bytes).
 */
export const evidence = pgTable(
  "evidence",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    incidentId: text("incident_id").references(() => incidents.id, { onDelete: "cascade" }),
    exchangeId: text("exchange_id").references(() => exchanges.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: EVIDENCE_KINDS }).notNull(),
    contentType: text("content_type").notNull(),
    /** The name the file had on the user's device, cleaned up for showing and downloading. */
    fileName: text("file_name").notNull(),
    caption: text("caption"),
    /** Order within its incident, as the user arranged the files in the form. */
    position: integer("position").notNull().default(0),
    originalSha256: text("original_sha256").notNull(),
    originalSize: bigint("original_size", { mode: "number" }).notNull(),
    storedKey: text("stored_key").notNull(),
    storedSize: bigint("stored_size", { mode: "number" }).notNull(),
    thumbnailKey: text("thumbnail_key"),
    width: integer("width"),
    height: integer("height"),
    pages: integer("pages"),
    uploadedAt: createdAt(),
  },
  (t) => [
    index("evidence_incident_idx").on(t.incidentId, t.position),
    index("evidence_user_idx").on(t.userId, t.incidentId),
    index("evidence_stored_key_idx").on(t.storedKey),
    index("evidence_thumbnail_key_idx").on(t.thumbnailKey),
    index("evidence_exchange_idx").on(t.exchangeId, t.position),
    check("evidence_one_parent", sql`${t.incidentId} is null or ${t.exchangeId} is null`),
  ],
);

/**
 * A complaint or letter being prepared from a case. `generated` is what Spamtrail last filled
 * in, so regenerating can tell the user's edits from its own text and keep the edits.
 */
export const complaints = pgTable(
  "complaints",
  {
    id: id(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    // A kind of lib/documents/registry.ts: "ojk_violation", "ojk_dispute", "sender_data", or "regulator:<id>" for a body's templated complaint (one per body and case).
    kind: text("kind").$type<DocumentKind>().notNull(),
    fields: jsonb("fields").$type<Record<string, string>>().notNull(),
    generated: jsonb("generated").$type<Record<string, string>>().notNull(),
    filedAt: timestamp("filed_at", TIMESTAMP),
    filedChannel: text("filed_channel"),
    filedReference: text("filed_reference"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("complaints_case_kind_uq").on(t.caseId, t.kind)],
);

/**
 * A case the reporter shared with the public directory, and what is public of it. The public
 * rows below are made from the case by lib/publishing.ts (redacted) and follow every write.
 */
export const caseShares = pgTable(
  "case_shares",
  {
    id: id(),
    caseId: text("case_id")
      .notNull()
      .unique()
      .references(() => cases.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    senderId: text("sender_id")
      .notNull()
      .references(() => senders.id, { onDelete: "cascade" }),
    /** Text the reporter selected to hide, on top of the automatic masks. */
    extraMasks: jsonb("extra_masks").$type<string[]>().notNull().default([]),
    country: text("country").$type<Country>().notNull(),
    /** Rules this case breaks, by id (for the sender's rule counts). */
    ruleIds: jsonb("rule_ids").$type<string[]>().notNull().default([]),
    /** The support figures of this case: minutes to the first reply to a complaint, redirected, resolved. */
    complained: boolean("complained").notNull().default(false),
    firstReplyMinutes: integer("first_reply_minutes"),
    redirected: boolean("redirected").notNull().default(false),
    resolved: boolean("resolved").notNull().default(false),
    sharedAt: timestamp("shared_at", TIMESTAMP).notNull(),
    hiddenAt: timestamp("hidden_at", TIMESTAMP),
    hiddenReason: text("hidden_reason"),
    /**
     * What this share's visible incidents add to its sender's figures (lib/public/sender-facts.ts),
     * so a write sums a sender's shares instead of recounting its incidents. Null when not known:
     * triggers on public_incidents (migration 0010) clear it whenever the share's incidents change,
     * and refreshSenderStats computes it again.
     */
    reportFacts: jsonb("report_facts").$type<ShareReportFacts>(),
  },
  (t) => [index("case_shares_sender_idx").on(t.senderId, t.sharedAt), index("case_shares_user_idx").on(t.userId)],
);

/** A shared incident as the public sees it: redacted text, local weekday and hour in the recipient's zone. */
export const publicIncidents = pgTable(
  "public_incidents",
  {
    id: id(),
    shareId: text("share_id")
      .notNull()
      .references(() => caseShares.id, { onDelete: "cascade" }),
    incidentId: text("incident_id")
      .notNull()
      .unique()
      .references(() => incidents.id, { onDelete: "cascade" }),
    senderId: text("sender_id").notNull(),
    occurredAt: timestamp("occurred_at", TIMESTAMP).notNull(),
    timeZone: text("time_zone").notNull(),
    /** 1 = Monday … 7 = Sunday, and 0–23, in the recipient's time zone. */
    weekday: integer("weekday").notNull(),
    hour: integer("hour").notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    category: text("category", { enum: CATEGORIES }).notNull(),
    text: text("text"),
    callDurationSeconds: integer("call_duration_seconds"),
    ruleIds: jsonb("rule_ids").$type<string[]>().notNull().default([]),
    hiddenAt: timestamp("hidden_at", TIMESTAMP),
    hiddenReason: text("hidden_reason"),
  },
  (t) => [index("public_incidents_sender_time_idx").on(t.senderId, t.occurredAt), index("public_incidents_share_idx").on(t.shareId)],
);

export const publicExchanges = pgTable(
  "public_exchanges",
  {
    id: id(),
    shareId: text("share_id")
      .notNull()
      .references(() => caseShares.id, { onDelete: "cascade" }),
    exchangeId: text("exchange_id")
      .notNull()
      .unique()
      .references(() => exchanges.id, { onDelete: "cascade" }),
    occurredAt: timestamp("occurred_at", TIMESTAMP).notNull(),
    timeZone: text("time_zone").notNull(),
    direction: text("direction", { enum: DIRECTIONS }).notNull(),
    channel: text("channel", { enum: EXCHANGE_CHANNELS }).notNull(),
    text: text("text"),
    tags: jsonb("tags").$type<ExchangeTag[]>().notNull().default([]),
    hiddenAt: timestamp("hidden_at", TIMESTAMP),
    hiddenReason: text("hidden_reason"),
  },
  (t) => [index("public_exchanges_share_idx").on(t.shareId, t.occurredAt)],
);

/** A screenshot the reporter chose to publish, cropped, as its own blob. */
export const publicEvidence = pgTable(
  "public_evidence",
  {
    id: id(),
    shareId: text("share_id")
      .notNull()
      .references(() => caseShares.id, { onDelete: "cascade" }),
    evidenceId: text("evidence_id")
      .notNull()
      .unique()
      .references(() => evidence.id, { onDelete: "cascade" }),
    storedKey: text("stored_key").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    /** Percent cut from each edge of the original, so that an update crops the same way. */
    crop: jsonb("crop").$type<{ top: number; bottom: number; left: number; right: number }>().notNull(),
    hiddenAt: timestamp("hidden_at", TIMESTAMP),
    hiddenReason: text("hidden_reason"),
  },
  (t) => [index("public_evidence_share_idx").on(t.shareId), index("public_evidence_key_idx").on(t.storedKey)],
);

/** What a sender's page and the directory show, kept in step by every write to its public rows. */
export const senderStats = pgTable(
  "sender_stats",
  {
    senderId: text("sender_id")
      .primaryKey()
      .references(() => senders.id, { onDelete: "cascade" }),
    publicCases: integer("public_cases").notNull(),
    publicReports: integer("public_reports").notNull(),
    reporters: integer("reporters").notNull(),
    violations: integer("violations").notNull(),
    firstSeen: timestamp("first_seen", TIMESTAMP),
    lastSeen: timestamp("last_seen", TIMESTAMP),
    /** The sector an admin set, or the one most of its reports point to. */
    sector: text("sector", { enum: SECTORS }),
    /** The country of most of its reporters, whose legal hours the heatmap shows. */
    country: text("country").$type<Country>(),
    facts: jsonb("facts").$type<SenderFacts>().notNull(),
  },
  (t) => [
    index("sender_stats_last_seen_idx").on(t.lastSeen),
    index("sender_stats_reports_idx").on(t.publicReports),
    index("sender_stats_violations_idx").on(t.violations),
  ],
);

/** Reports per category of each sender, for filtering the directory by category. */
export const senderCategories = pgTable(
  "sender_categories",
  {
    senderId: text("sender_id")
      .notNull()
      .references(() => senders.id, { onDelete: "cascade" }),
    category: text("category", { enum: CATEGORIES }).notNull(),
    reports: integer("reports").notNull(),
  },
  (t) => [primaryKey({ columns: [t.senderId, t.category] }), index("sender_categories_category_idx").on(t.category, t.senderId)],
);

/** Someone flagged public content, with a reason; an admin decides. */
export const contentReports = pgTable(
  "content_reports",
  {
    id: id(),
    reporterId: text("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    targetKind: text("target_kind", { enum: MODERATION_TARGETS }).notNull(),
    targetId: text("target_id").notNull(),
    reason: text("reason").notNull(),
    /** A flag by anyone, or a dispute by the organisation sending from the reported sender. */
    kind: text("kind", { enum: CONTENT_REPORT_KINDS }).notNull().default("flag"),
    /** Disputes: the organisation that disputes. */
    organisationId: text("organisation_id").references((): AnyPgColumn => organisations.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    resolvedAt: timestamp("resolved_at", TIMESTAMP),
    resolution: text("resolution", { enum: ["hidden", "kept"] }),
  },
  (t) => [index("content_reports_open_idx").on(t.resolvedAt, t.createdAt)],
);

/** Every moderation action, who took it, on what, and why. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetKind: text("target_kind").notNull(),
    targetId: text("target_id").notNull(),
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [index("audit_log_time_idx").on(t.createdAt)],
);

/**
 * One-time links sent by email: confirming a new account's address, or resetting a password.
 * Only a hash of the token is kept, so a copy of the database cannot be used to take accounts over.
 */
export const authTokens = pgTable(
  "auth_tokens",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: ["confirm-email", "reset-password"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", TIMESTAMP).notNull(),
    usedAt: timestamp("used_at", TIMESTAMP),
    createdAt: createdAt(),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId, t.purpose)],
);

/**
 * A form submission's client-generated key and what it created, so that a second submit of the
 * same form (a double tap, a retry after a slow answer) returns the first result instead of a copy.
 */
export const formSubmissions = pgTable(
  "form_submissions",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    /** What the first submission answered (JSON), returned as is to a repeat. */
    result: jsonb("result").$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("form_submissions_time_idx").on(t.createdAt)],
);

/**
 * What another app shared into Spamtrail (Web Share Target), held until the person who shared it
 * opens the pre-filled form — after signing in if they were signed out. The browser that shared
 * holds the claim token in a cookie; only its hash is stored. Swept after a day.
 */
export const shares = pgTable(
  "shares",
  {
    id: id(),
    /** Set when the sharer was signed in, or once a signed-in browser claims it. */
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    claimHash: text("claim_hash").notNull(),
    title: text("title"),
    text: text("text"),
    url: text("url"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("shares_claim_hash_unique").on(t.claimHash), index("shares_time_idx").on(t.createdAt)],
);

/** Files shared with a share: kept as bytes until the form claims them as screenshots (same checks as uploads). */
export const shareFiles = pgTable(
  "share_files",
  {
    shareId: text("share_id")
      .notNull()
      .references(() => shares.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    fileName: text("file_name").notNull(),
    bytes: bytea("bytes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.shareId, t.position] })],
);

/**
 * One uploaded history (an SMS Backup & Restore file, a WhatsApp chat export). The file waits on
 * disk (DATA_DIR/imports/<id>) while the user picks senders; it is read again, streamed, to import.
 */
export const imports = pgTable(
  "imports",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: IMPORT_KINDS }).notNull(),
    fileName: text("file_name").notNull(),
    fileSize: bigint("file_size", { mode: "number" }).notNull().default(0),
    status: text("status", { enum: IMPORT_STATUSES }).notNull().default("reading"),
    /** A message key (errors.import.*) when reading or importing failed. */
    error: text("error"),
    /** Bytes of the file read so far, for the progress bar. */
    bytesRead: bigint("bytes_read", { mode: "number" }).notNull().default(0),
    /** The senders found, with counts and date ranges (JSON), once read. */
    summary: jsonb("summary").$type<unknown>(),
    /** The senders picked and the answers given once per sender during the review (JSON). */
    selection: jsonb("selection").$type<unknown>(),
    /** Messages to import in total, looked at so far, added, and already there (skipped). */
    total: integer("total").notNull().default(0),
    processed: integer("processed").notNull().default(0),
    imported: integer("imported").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("imports_user_idx").on(t.userId, t.createdAt)],
);

/**
 * A company that answers on the directory. Its official domain is set by an admin: only people
 * whose confirmed email is at that domain can be approved as its members.
 */
export const organisations = pgTable("organisations", {
  id: id(),
  name: text("name").notNull(),
  /** Lower-case host name, e.g. "bank.co.id"; unique. */
  domain: text("domain").notNull().unique(),
  /** Where the public should send complaints: a URL, an email address or a phone number, as the organisation gave it. */
  complaintContact: text("complaint_contact"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A person who acts for an organisation (one organisation per person), added when an admin approves their claim. */
export const organisationMembers = pgTable(
  "organisation_members",
  {
    userId: text("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("organisation_members_org_idx").on(t.organisationId)],
);

/** A sender (its page id: the identity its page is under) verified as an organisation's. One organisation per sender. */
export const organisationSenders = pgTable(
  "organisation_senders",
  {
    senderId: text("sender_id")
      .primaryKey()
      .references(() => senders.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [index("organisation_senders_org_idx").on(t.organisationId)],
);

/** Someone says senders are their organisation's. Nothing is published until an admin approves it. */
export const senderClaims = pgTable(
  "sender_claims",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationName: text("organisation_name").notNull(),
    /** The official domain the claimant gave; the admin may correct it before approving. */
    domain: text("domain").notNull(),
    /** Page ids of the senders claimed. */
    senderIds: jsonb("sender_ids").$type<string[]>().notNull(),
    /** What the claimant says about their role, for the admin. */
    note: text("note"),
    status: text("status", { enum: CLAIM_STATUSES }).notNull().default("pending"),
    organisationId: text("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", TIMESTAMP),
    /** Why a claim was refused, shown to the claimant. */
    reason: text("reason"),
    createdAt: createdAt(),
  },
  (t) => [index("sender_claims_status_idx").on(t.status, t.createdAt), index("sender_claims_user_idx").on(t.userId)],
);

/**
 * An organisation's public answer about one of its senders: under one public report ("reply",
 * reportId set), or about the sender as a whole ("not_ours", "stopped"; the newest is its
 * statement). Published at once, moderated like reports (flag, hide with a reason, audit).
 */
export const senderReplies = pgTable(
  "sender_replies",
  {
    id: id(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The page id of the sender. */
    senderId: text("sender_id")
      .notNull()
      .references(() => senders.id, { onDelete: "cascade" }),
    /** The public report (public_incidents.id) answered; null for a statement about the sender. */
    reportId: text("report_id").references(() => publicIncidents.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: REPLY_KINDS }).notNull(),
    text: text("text").notNull(),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    hiddenAt: timestamp("hidden_at", TIMESTAMP),
    hiddenReason: text("hidden_reason"),
  },
  (t) => [index("sender_replies_sender_idx").on(t.senderId, t.createdAt), index("sender_replies_report_idx").on(t.reportId)],
);

/**
 * Something a person is told about, in the app (read or not) and by email. `subject` says what it is
 * about (a case, a claim, a report), so the same event never makes two notifications. The email is
 * sent by the notification job (lib/notifications), never inside a request: `emailState` goes
 * pending → sending → sent (or skipped: turned off, or folded into a digest; failed).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    subject: text("subject").notNull(),
    /** What the message needs to say and link to (ids, names); never private text of someone else. */
    data: jsonb("data").$type<Record<string, string | number | null>>().notNull(),
    createdAt: createdAt(),
    readAt: timestamp("read_at", TIMESTAMP),
    emailState: text("email_state", { enum: ["pending", "sending", "sent", "skipped", "failed"] })
      .notNull()
      .default("pending"),
    /** When the job took it (a send in progress); a crash leaves it here and it is not sent again. */
    emailClaimedAt: timestamp("email_claimed_at", TIMESTAMP),
    emailSentAt: timestamp("email_sent_at", TIMESTAMP),
  },
  (t) => [
    uniqueIndex("notifications_subject_uq").on(t.userId, t.kind, t.subject),
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_email_idx").on(t.emailState, t.createdAt),
  ],
);

/**
 * Who runs a background job right now (the notification mailer, the daily open-data download):
 * a row per job, taken by one process until it expires, so a job never runs twice at once.
 */
export const jobLeases = pgTable("job_leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: timestamp("expires_at", TIMESTAMP).notNull(),
  /** When the job last finished a run (the daily download: when it was last made). */
  lastRunAt: timestamp("last_run_at", TIMESTAMP),
});

export const usersRelations = relations(users, ({ many }) => ({ cases: many(cases) }));
export const sendersRelations = relations(senders, ({ many }) => ({ cases: many(cases) }));
export const casesRelations = relations(cases, ({ one, many }) => ({
  user: one(users, { fields: [cases.userId], references: [users.id] }),
  sender: one(senders, { fields: [cases.senderId], references: [senders.id] }),
  incidents: many(incidents),
  exchanges: many(exchanges),
}));
export const incidentsRelations = relations(incidents, ({ one }) => ({
  case: one(cases, { fields: [incidents.caseId], references: [cases.id] }),
}));

/**
 * Every expiry of public pages, in the write's transaction, so that every server worker drops
 * its copies (server/page-expiries.mjs reads the rows after the last one it applied). Rows a
 * day old are swept: a worker that slept longer starts over with empty caches.
 */
export const pageExpiries = pgTable("page_expiries", {
  seq: bigint("seq", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
  /** JSON array of the sender ids whose pages changed (the directory list always expires). */
  senderIds: text("sender_ids").notNull(),
  expiredAt: timestamp("expired_at", TIMESTAMP).notNull(),
});

/**
 * Evidence blobs written by an upload whose row is not committed yet, in any worker: never
 * deleted meanwhile (lib/evidence/blobs.ts). A pin older than an hour is a crashed upload's.
 * A `deleting` row marks a delete decided and not finished (an object store deletes over the
 * network, outside any transaction): an upload of the same bytes waits for it to end.
 */
export const blobPins = pgTable(
  "blob_pins",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    blobKey: text("blob_key").notNull(),
    pinnedAt: timestamp("pinned_at", TIMESTAMP).notNull(),
    deleting: boolean("deleting").notNull().default(false),
  },
  (t) => [index("blob_pins_key_idx").on(t.blobKey)],
);

/**
 * rate-limiter-flexible's store table, owned by the migration. Its SQLite store's layout; its
 * PostgreSQL store (RateLimiterPostgres) uses the same three columns, expire in epoch milliseconds.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});
