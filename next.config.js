import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// A sender's public page keeps one address for everyone, /senders/<id>, but is rendered and
// cached per language at /<locale>/senders/<id>: the language cookie picks which (sign-in sets it
// from the profile). Rewrites here rather than in a proxy.ts, which would run on every visit and
// cost more than the cached page itself. lib/public/page-cache.test.ts keeps these in step with
// LOCALES and LOCALE_COOKIE.
const SENDER_PAGE = "/senders/:senderId([0-9a-fA-F-]{36})";
export const senderPageRewrites = [
  { source: SENDER_PAGE, has: [{ type: "cookie", key: "spamtrail-locale", value: "en" }], destination: "/en/senders/:senderId" },
  { source: SENDER_PAGE, destination: "/id/senders/:senderId" },
];

// The open data dictionary is one address for everyone too, cached per language the same way.
export const openDataRewrites = [
  { source: "/open-data", has: [{ type: "cookie", key: "spamtrail-locale", value: "en" }], destination: "/en/open-data" },
  { source: "/open-data", destination: "/id/open-data" },
];

// Every document of a case lives at /cases/<id>/documents/<kind> (lib/documents/registry.ts).
// Its earlier addresses, with their letter.pdf, letter.txt and portal, lead there for good.
const CASE = "/cases/:caseId([0-9a-fA-F-]{36})";
export const documentRedirects = [
  { source: `${CASE}/complaints/ojk/:rest*`, destination: "/cases/:caseId/documents/ID-OJK-VIOLATION/:rest*", permanent: true },
  { source: `${CASE}/complaints/ojk-dispute/:rest*`, destination: "/cases/:caseId/documents/ID-OJK-DISPUTE/:rest*", permanent: true },
  { source: `${CASE}/complaints/:regulatorId/:rest*`, destination: "/cases/:caseId/documents/:regulatorId/:rest*", permanent: true },
  { source: `${CASE}/letters/data-request/:rest*`, destination: "/cases/:caseId/documents/data-request/:rest*", permanent: true },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next would hash every cached page (100 KB and more) in JavaScript on each visit to make an
  // ETag: a fifth of the work of serving one. Browsers do not keep these pages (s-maxage only).
  generateEtags: false,
  // The front compresses instead (server/compress.mjs): Next's compression flushes its gzip
  // stream after every chunk it writes, which doubles a streamed answer's bytes.
  compress: false,
  async rewrites() {
    return { beforeFiles: [...senderPageRewrites, ...openDataRewrites], afterFiles: [], fallback: [] };
  },
  // The per-language addresses are the cache's, not the visitor's: there the language button
  // could not switch. They lead back to the one address.
  async redirects() {
    return [
      { source: "/:locale(id|en)/senders/:senderId", destination: "/senders/:senderId", permanent: true },
      { source: "/:locale(id|en)/open-data", destination: "/open-data", permanent: true },
      ...documentRedirects,
    ];
  },
  // Cached sender pages (about 130 KB each) stay in memory, the least recently used dropped past
  // this size and rendered again on their next visit; written to disk they would grow with every
  // sender ever visited, in both languages.
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: {
    isrFlushToDisk: false,
    // Files never go through server actions (they stream to /api/evidence, which enforces its
    // own 10 MB cap while reading), so actions keep Next's small default, stated here on purpose.
    serverActions: { bodySizeLimit: "1mb" },
    // If a proxy.ts is ever added, Next buffers bodies for it: allow one evidence file (10 MB)
    // plus headers, and no more.
    proxyClientMaxBodySize: "11mb",
  },
};

export default withNextIntl(nextConfig);
