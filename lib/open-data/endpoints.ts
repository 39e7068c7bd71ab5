import type { z } from "zod";
import {
  categoryListSchema,
  pageParamsSchema,
  replyPageSchema,
  reportPageSchema,
  ruleListSchema,
  searchParamsSchema,
  senderDetailSchema,
  senderPathSchema,
  senderSearchSchema,
} from "./schemas";

const SENDER = "5b0c3f4e-8a51-4d0e-9c39-2f4f6a3e9b10";
const REPORT = "0d9c7a4b-2e1f-4c3a-8b5d-6e7f8a9b0c1d";
const REPLY = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

/**
 * The open data API's endpoints: what the OpenAPI document (lib/open-data/openapi.ts) and the
 * developers' page (app/(app)/developers) are both generated from. `example` is an answer of the
 * endpoint; the contract test checks it against the document like a real one.
 */
export type Endpoint = {
  /** operationId, and the key of the endpoint's texts in messages (developers.endpoint.<id>). */
  id: string;
  path: string;
  summary: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  response: z.ZodType;
  /** Error statuses besides 429, which every endpoint may answer. */
  errors: (400 | 404)[];
  exampleRequest: string;
  example: unknown;
};

const exampleSummary = {
  id: SENDER,
  display: "+62 812-3456-7890",
  kind: "phone",
  organisation: null,
  publicCases: 12,
  publicReports: 57,
  reporters: 12,
  violations: 9,
  lastSeen: "2026-11-30T10:15:00.000Z",
  sector: "financial",
  country: "ID",
  href: `/api/v1/senders/${SENDER}`,
} satisfies z.input<typeof senderSearchSchema>["senders"][number];

export const OPEN_DATA_ENDPOINTS: Endpoint[] = [
  {
    id: "searchSenders",
    path: "/api/v1/senders",
    summary: "Search senders by number (any format), sender ID or organisation name",
    query: searchParamsSchema,
    response: senderSearchSchema,
    errors: [400],
    exampleRequest: "/api/v1/senders?q=0812-3456-7890",
    example: { query: "0812-3456-7890", senders: [exampleSummary], next: null } satisfies z.input<typeof senderSearchSchema>,
  },
  {
    id: "getSender",
    path: "/api/v1/senders/{id}",
    summary: "A sender's public figures, identities and verified organisation",
    pathParams: senderPathSchema,
    response: senderDetailSchema,
    errors: [400, 404],
    exampleRequest: `/api/v1/senders/${SENDER}`,
    example: {
      id: SENDER,
      display: "+62 812-3456-7890",
      kind: "phone",
      identities: [{ id: SENDER, display: "+62 812-3456-7890", kind: "phone" }],
      organisation: {
        name: "PT Contoh Finansial",
        verified: true,
        complaintContact: "pengaduan@contoh.co.id",
        statement: { id: REPLY, kind: "stopped", text: "We stopped this campaign on 1 December.", createdAt: "2026-12-01T08:00:00.000Z" },
      },
      figures: {
        publicCases: 12,
        publicReports: 57,
        reporters: 12,
        violations: 9,
        firstSeen: "2026-09-02T01:20:00.000Z",
        lastSeen: "2026-11-30T10:15:00.000Z",
        sector: "financial",
        country: "ID",
        categories: { loan: 55, other: 2 },
        channels: { sms: 40, call: 17 },
        rules: [{ id: "ID-OJK-CONSENT", cases: 9, reports: 41 }],
        heatmap: Array.from({ length: 7 }, (_, day) => Array.from({ length: 24 }, (_, hour) => (day === 6 && hour === 19 ? 3 : 0))),
        weeks: [
          { week: "2026-11-23", reports: 4 },
          { week: "2026-11-30", reports: 1 },
        ],
        support: { cases: 3, complained: 3, replied: 2, medianFirstReplyMinutes: 1440, redirected: 1, resolved: 0 },
      },
      links: { page: `/senders/${SENDER}`, reports: `/api/v1/senders/${SENDER}/reports`, replies: `/api/v1/senders/${SENDER}/replies` },
    } satisfies z.input<typeof senderDetailSchema>,
  },
  {
    id: "listReports",
    path: "/api/v1/senders/{id}/reports",
    summary: "A sender's public reports, redacted, newest first (cursor pages)",
    pathParams: senderPathSchema,
    query: pageParamsSchema,
    response: reportPageSchema,
    errors: [400, 404],
    exampleRequest: `/api/v1/senders/${SENDER}/reports?limit=1`,
    example: {
      senderId: SENDER,
      reports: [
        {
          id: REPORT,
          occurredAt: "2026-11-29T12:45:00.000Z",
          timeZone: "Asia/Jakarta",
          country: "ID",
          channel: "sms",
          category: "loan",
          text: "Halo ⟦name⟧, pinjaman cair! WA ⟦phone⟧",
          callDurationSeconds: null,
          ruleIds: ["ID-OJK-CONSENT"],
        },
      ],
      next: { cursor: `1764420300000_${REPORT}`, href: `/api/v1/senders/${SENDER}/reports?limit=1&cursor=1764420300000_${REPORT}` },
    } satisfies z.input<typeof reportPageSchema>,
  },
  {
    id: "listReplies",
    path: "/api/v1/senders/{id}/replies",
    summary: "The verified organisation's replies under reports and its statements, newest first",
    pathParams: senderPathSchema,
    query: pageParamsSchema,
    response: replyPageSchema,
    errors: [400, 404],
    exampleRequest: `/api/v1/senders/${SENDER}/replies`,
    example: {
      senderId: SENDER,
      organisation: "PT Contoh Finansial",
      replies: [{ id: REPLY, kind: "reply", reportId: REPORT, text: "We have removed this number from our lists.", createdAt: "2026-11-30T02:00:00.000Z" }],
      next: null,
    } satisfies z.input<typeof replyPageSchema>,
  },
  {
    id: "listCategories",
    path: "/api/v1/categories",
    summary: "Categories with their public reports and senders",
    response: categoryListSchema,
    errors: [],
    exampleRequest: "/api/v1/categories",
    example: { categories: [{ id: "loan", senders: 310, reports: 4120 }] } satisfies z.input<typeof categoryListSchema>,
  },
  {
    id: "listRules",
    path: "/api/v1/rules",
    summary: "Rules with the public cases and reports breaking them",
    response: ruleListSchema,
    errors: [],
    exampleRequest: "/api/v1/rules",
    example: {
      rules: [
        {
          id: "ID-OJK-CONSENT",
          country: "ID",
          title: { id: "Penawaran tanpa persetujuan", en: "Offers without consent" },
          source: { instrument: "POJK 22/2023", article: "Art 39(1)", url: null },
          confidence: "H",
          cases: 210,
          reports: 1830,
        },
      ],
    } satisfies z.input<typeof ruleListSchema>,
  },
];
