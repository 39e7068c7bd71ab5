// npm run seed -- --incidents 1000000 [--senders 100000] [--users 50000] [--shared 0.2] [--data-dir ./data/seed]
// Synthetic data at scale for the directory benchmark and for trying it by hand: senders with a
// long tail (a few send to thousands), users mostly in Indonesia, incidents over a year at
// realistic hours, conversations with support, and a share of public cases made by the same
// code the app uses (redaction, rules, figures). Rows go straight into SQLite in big
// transactions; it refuses to touch a database that already has users.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { seededRandom } from "./random";
import type { Exchange, Incident } from "@/db/schema";
import type { Country } from "@/lib/domain";
import type { FactIncident, FactShare } from "@/lib/public/sender-facts";

const { values: args } = parseArgs({
  options: {
    incidents: { type: "string", default: "1000000" },
    senders: { type: "string" },
    users: { type: "string" },
    shared: { type: "string", default: "0.2" },
    "data-dir": { type: "string", default: process.env.DATA_DIR ?? "./data/seed" },
  },
});
const INCIDENTS = Number(args.incidents);
const SENDERS = Number(args.senders ?? Math.max(100, Math.round(INCIDENTS / 10)));
const USERS = Number(args.users ?? Math.max(50, Math.round(INCIDENTS / 20)));
const SHARED = Number(args.shared);
process.env.DATA_DIR = path.resolve(args["data-dir"]!);

const { openDb } = await import("@/db");
const { env } = await import("@/lib/env");
const { buildSnapshot } = await import("@/lib/public/snapshot");
const { senderFigures } = await import("@/lib/public/sender-facts");
const { rulesForCase } = await import("@/lib/cases/rules");
const { CATEGORIES } = await import("@/lib/domain");

const started = performance.now();
const { sqlite } = openDb(env.DATABASE_PATH);
if ((sqlite.prepare("select count(*) as n from users").get() as { n: number }).n > 0) {
  console.error(`${env.DATABASE_PATH} already has users: seed an empty data directory (--data-dir).`);
  process.exit(1);
}
sqlite.pragma("synchronous = OFF");

const random = seededRandom(20261125);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
/** A long tail: low indexes come up far more often. */
const skewed = (n: number) => Math.floor(n * random() ** 3);

const COUNTRY_ZONES = [
  ["ID", "Asia/Jakarta", 0.8],
  ["ID", "Asia/Makassar", 0.06],
  ["ID", "Asia/Jayapura", 0.02],
  ["FR", "Europe/Paris", 0.03],
  ["GB", "Europe/London", 0.03],
  ["US", "America/New_York", 0.03],
  ["IL", "Asia/Jerusalem", 0.015],
  ["ES", "Europe/Madrid", 0.015],
] as const;
const countryZone = () => {
  let r = random();
  for (const entry of COUNTRY_ZONES) if ((r -= entry[2]) < 0) return entry;
  return COUNTRY_ZONES[0];
};
const TEXTS: Record<(typeof CATEGORIES)[number], string[]> = {
  loan: [
    "Pinjaman cair {n} juta tanpa jaminan! Klik bit.ly/cair{n}",
    "Butuh dana? Limit Rp {n}.000.000 bunga 0% hari ini. Balas YA",
    "KTA cepat, hubungi 0813{d} sekarang",
  ],
  credit_card: ["Kartu kredit gratis iuran tahunan, ajukan sekarang: bit.ly/kk{n}", "Limit kartu Anda naik Rp {n} juta, konfirmasi ke 021-5550{d}"],
  insurance: ["Asuransi jiwa mulai Rp {n}.000/bulan. Info: 0812{d}", "Perlindungan keluarga Anda, premi ringan. Balas INFO"],
  investment: ["Profit {n}% per hari, gabung grup trading kami", "Investasi emas digital, untung pasti {n}%!"],
  gambling: ["Slot gacor maxwin {n}x, daftar sekarang", "Bonus deposit {n}%! Link: bit.ly/gacor{n}"],
  scam: ["Selamat! Anda menang hadiah Rp {n} juta. Kode OTP {d}", "Rekening Anda diblokir, verifikasi di bit.ly/bank{n}"],
  telco_promo: ["Kuota {n}GB cuma Rp 10.000! Ketik *123#", "Paket nelpon {n} menit, aktifkan sekarang"],
  shop_promo: ["Diskon {n}% semua produk, hari ini saja!", "Flash sale {n}.{n}, gratis ongkir"],
  political: ["Pilih nomor {n} untuk perubahan!", "Kampanye akbar tanggal {n}, hadirilah"],
  debt_collection: [
    "Tagihan Anda Rp {n}.000.000 lewat jatuh tempo, segera bayar hari ini",
    "Kami akan menghubungi keluarga Anda jika tagihan {n} tidak dilunasi",
  ],
  other: ["Info penting untuk Anda, balas {n}", "Promo spesial pelanggan setia"],
};
const text = (category: (typeof CATEGORIES)[number]) =>
  pick(TEXTS[category])
    .replaceAll("{n}", String(1 + Math.floor(random() * 99)))
    .replaceAll("{d}", String(1_000_000 + Math.floor(random() * 8_999_999)));

// Senders: 60 % phone numbers, 25 % sender IDs, 15 % short codes; each with a usual category.
type SeedSender = { id: string; key: string; display: string; kind: "phone" | "alphanumeric" | "short_code"; category: (typeof CATEGORIES)[number] };
const senders: SeedSender[] = [];
for (let s = 0; s < SENDERS; s++) {
  const category = CATEGORIES[skewed(CATEGORIES.length)]!;
  const r = random();
  if (r < 0.6) {
    const local = String(10_000_000 + s).slice(-8);
    senders.push({ id: randomUUID(), key: `+62812${local}`, display: `+62 812 ${local.slice(0, 4)} ${local.slice(4)}`, kind: "phone", category });
  } else if (r < 0.85) {
    senders.push({ id: randomUUID(), key: `id:brand${s}`, display: `BRAND${s}`, kind: "alphanumeric", category });
  } else {
    senders.push({ id: randomUUID(), key: `sc:ID:${10_000 + s}`, display: String(10_000 + s), kind: "short_code", category });
  }
}
const insertSender = sqlite.prepare("insert into senders (id, kind, key, display, country) values (?, ?, ?, ?, 'ID')");
sqlite.transaction(() => senders.forEach((s) => insertSender.run(s.id, s.kind, s.key, s.display)))();

type SeedUser = { id: string; country: Country; zone: string };
const users: SeedUser[] = [];
// Seeded accounts count as confirmed (their hash 'x' matches no password anyway).
const insertUser = sqlite.prepare("insert into users (id, email, password_hash, name, country, time_zone, email_verified_at) values (?, ?, 'x', ?, ?, ?, ?)");
sqlite.transaction(() => {
  for (let u = 0; u < USERS; u++) {
    const [country, zone] = countryZone();
    const user = { id: randomUUID(), country, zone };
    users.push(user);
    insertUser.run(user.id, `seed-${u}@example.test`, `Pelapor ${u}`, country, zone, Date.now());
  }
})();

// Incidents: each goes to a user and, mostly, to one of the few senders that pester that user
// (chosen from the long tail), so that cases have several incidents.
const pesterers = new Map<string, SeedSender[]>();
function senderFor(user: SeedUser): SeedSender {
  const list = pesterers.get(user.id) ?? [];
  pesterers.set(user.id, list);
  if (list.length === 0 || (list.length < 8 && random() < 0.15)) {
    const sender = senders[skewed(senders.length)]!;
    list.push(sender);
    return sender;
  }
  return list[Math.floor(random() * list.length)]!;
}
const NOW = DateTime.fromISO("2026-11-24T12:00:00Z");
const cases = new Map<string, { id: string; user: SeedUser; sender: SeedSender; incidents: Incident[]; exchanges: Exchange[] }>();
const insertCase = sqlite.prepare("insert into cases (id, user_id, sender_id, country, status) values (?, ?, ?, ?, ?)");
const insertIncident = sqlite.prepare(
  "insert into incidents (id, case_id, channel, sender_input, occurred_at, time_zone, message_text, call_answered, call_duration_seconds, category, consent, stop_request, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'none', ?, ?)",
);
const HOURS = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 6, 5];
sqlite.transaction(() => {
  for (let i = 0; i < INCIDENTS; i++) {
    const user = users[Math.floor(random() * users.length)]!;
    const sender = senderFor(user);
    const pair = `${user.id}:${sender.id}`;
    let userCase = cases.get(pair);
    if (!userCase) {
      userCase = { id: randomUUID(), user, sender, incidents: [], exchanges: [] };
      cases.set(pair, userCase);
      insertCase.run(userCase.id, user.id, sender.id, user.country, "new");
    }
    const local = NOW.setZone(user.zone)
      .minus({ days: Math.floor(random() * 365) })
      .set({ hour: HOURS[skewed(HOURS.length)]!, minute: Math.floor(random() * 60) });
    const channel = random() < 0.8 ? "sms" : "call";
    const category = random() < 0.85 ? sender.category : pick(CATEGORIES);
    const at = local.toJSDate();
    const incident = {
      id: randomUUID(),
      caseId: userCase.id,
      channel,
      senderInput: sender.display,
      occurredAt: at,
      timeZone: user.zone,
      messageText: channel === "sms" ? text(category) : null,
      callAnswered: channel === "call" ? random() < 0.5 : null,
      callDurationSeconds: null,
      callOffer: null,
      category,
      consent: random() < 0.9 ? "never" : "unsure",
      stopRequest: "none",
      stopRequestedAt: null,
      companyNamed: null,
      sourceGiven: null,
      collectionTarget: null,
      threatened: null,
      createdAt: at,
      updatedAt: at,
    } as Incident;
    userCase.incidents.push(incident);
    insertIncident.run(
      incident.id,
      incident.caseId,
      channel,
      sender.display,
      at.getTime(),
      user.zone,
      incident.messageText,
      incident.callAnswered === null ? null : Number(incident.callAnswered),
      null,
      category,
      incident.consent,
      at.getTime(),
      at.getTime(),
    );
  }
})();

// Conversations with support for one case in ten: a complaint, replies that redirect or resolve.
const insertExchange = sqlite.prepare(
  "insert into exchanges (id, case_id, channel, direction, handle, occurred_at, time_zone, body, tags, is_complaint, is_stop_request, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
);
let exchangeCount = 0;
sqlite.transaction(() => {
  for (const userCase of cases.values()) {
    if (random() >= 0.1) continue;
    const first = userCase.incidents.reduce((min, i) => (i.occurredAt < min ? i.occurredAt : min), userCase.incidents[0]!.occurredAt);
    let at = first.getTime() + 3_600_000 * (1 + Math.floor(random() * 48));
    const messages = 2 + Math.floor(random() * 5);
    for (let k = 0; k < messages; k++) {
      const outgoing = k % 2 === 0;
      const tags = outgoing ? [] : random() < 0.4 ? ["redirected"] : random() < 0.2 ? ["resolved"] : ["asked_dm"];
      const exchange = {
        id: randomUUID(),
        caseId: userCase.id,
        channel: "x",
        direction: outgoing ? "outgoing" : "incoming",
        handle: "@support",
        occurredAt: new Date(at),
        timeZone: userCase.user.zone,
        body: outgoing
          ? k === 0
            ? "Tolong hentikan pesan ini. Dari mana nomor saya?"
            : "Masih dikirim, mohon ditindaklanjuti."
          : "Mohon maaf, silakan DM data Anda.",
        reference: null,
        tags,
        isComplaint: k === 0,
        isStopRequest: k === 0,
        createdAt: new Date(at),
        updatedAt: new Date(at),
      } as Exchange;
      userCase.exchanges.push(exchange);
      insertExchange.run(
        exchange.id,
        exchange.caseId,
        "x",
        exchange.direction,
        "@support",
        at,
        exchange.timeZone,
        exchange.body,
        JSON.stringify(tags),
        Number(exchange.isComplaint),
        Number(exchange.isStopRequest),
        at,
        at,
      );
      exchangeCount++;
      at += 60_000 * (5 + Math.floor(random() * 2_000));
    }
  }
})();
const optOut = sqlite.prepare(
  "update cases set opt_out_at = (select min(occurred_at) from exchanges where case_id = cases.id and is_stop_request = 1) where id in (select case_id from exchanges)",
);
optOut.run();

// Shared cases, made public by the app's own snapshot, and every sender's figures.
const insertShare = sqlite.prepare(
  "insert into case_shares (id, case_id, user_id, sender_id, extra_masks, country, rule_ids, complained, first_reply_minutes, redirected, resolved, shared_at) values (?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?)",
);
const insertPublicIncident = sqlite.prepare(
  "insert into public_incidents (id, share_id, incident_id, sender_id, occurred_at, time_zone, weekday, hour, channel, category, text, call_duration_seconds, rule_ids) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
);
const insertPublicExchange = sqlite.prepare(
  "insert into public_exchanges (id, share_id, exchange_id, occurred_at, time_zone, direction, channel, text, tags) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
);
const factsBySender = new Map<string, { shares: FactShare[]; incidents: FactIncident[] }>();
let shareCount = 0;
let publicIncidentCount = 0;
sqlite.transaction(() => {
  for (const userCase of cases.values()) {
    if (random() >= SHARED) continue;
    const optOutAt = userCase.exchanges.find((e) => e.isStopRequest)?.occurredAt ?? null;
    const snapshot = buildSnapshot({
      incidents: userCase.incidents,
      exchanges: userCase.exchanges,
      violations: rulesForCase({ country: userCase.user.country, optOutAt }, userCase.incidents).violations,
      status: "new",
      redaction: { names: [], ownNumbers: [], keepNumbers: [userCase.sender.display], country: userCase.user.country, extra: [] },
    });
    const shareId = randomUUID();
    const f = snapshot.figures;
    insertShare.run(
      shareId,
      userCase.id,
      userCase.user.id,
      userCase.sender.id,
      userCase.user.country,
      JSON.stringify(f.ruleIds),
      Number(f.complained),
      f.firstReplyMinutes,
      Number(f.redirected),
      Number(f.resolved),
      NOW.toMillis(),
    );
    for (const row of snapshot.incidents) {
      insertPublicIncident.run(
        randomUUID(),
        shareId,
        row.incidentId,
        userCase.sender.id,
        row.occurredAt.getTime(),
        row.timeZone,
        row.weekday,
        row.hour,
        row.channel,
        row.category,
        row.text,
        row.callDurationSeconds,
        JSON.stringify(row.ruleIds),
      );
    }
    for (const row of snapshot.exchanges) {
      insertPublicExchange.run(
        randomUUID(),
        shareId,
        row.exchangeId,
        row.occurredAt.getTime(),
        row.timeZone,
        row.direction,
        row.channel,
        row.text,
        JSON.stringify(row.tags),
      );
    }
    const facts = factsBySender.get(userCase.sender.id) ?? { shares: [], incidents: [] };
    facts.shares.push({ userId: userCase.user.id, country: userCase.user.country, ...f, hasExchanges: snapshot.exchanges.length > 0 });
    facts.incidents.push(...snapshot.incidents);
    factsBySender.set(userCase.sender.id, facts);
    shareCount++;
    publicIncidentCount += snapshot.incidents.length;
  }
})();
const insertStats = sqlite.prepare(
  "insert into sender_stats (sender_id, public_cases, public_reports, reporters, violations, first_seen, last_seen, sector, country, facts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
);
const insertCategory = sqlite.prepare("insert into sender_categories (sender_id, category, reports) values (?, ?, ?)");
const byId = new Map(senders.map((s) => [s.id, s]));
sqlite.transaction(() => {
  for (const [senderId, facts] of factsBySender) {
    const figures = senderFigures(facts.shares, facts.incidents, null);
    const sender = byId.get(senderId)!;
    insertStats.run(
      senderId,
      figures.publicCases,
      figures.publicReports,
      figures.reporters,
      figures.violations,
      figures.firstSeen?.getTime() ?? null,
      figures.lastSeen?.getTime() ?? null,
      figures.sector,
      figures.country,
      JSON.stringify({ ...figures.facts, identities: [{ display: sender.display, kind: sender.kind }] }),
    );
    for (const [category, reports] of Object.entries(figures.categories)) insertCategory.run(senderId, category, reports);
  }
})();
sqlite.pragma("synchronous = NORMAL");
sqlite.exec("analyze");
sqlite.close();

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `seeded ${env.DATABASE_PATH}: ${SENDERS} senders, ${USERS} users, ${cases.size} cases, ${INCIDENTS} incidents, ${exchangeCount} exchanges; ` +
    `${shareCount} shared cases with ${publicIncidentCount} public reports about ${factsBySender.size} senders; ${seconds} s`,
);
