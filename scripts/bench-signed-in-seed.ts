// Seeds the signed-in benchmark (scripts/bench-signed-in.ts) through the app's own domain
// functions, as the forms would: BENCH_SIGNED_IN_USERS confirmed users (default 50), each with one case of
// 30 incidents spread over six weeks (some at night, so that the rules fire) and 10 exchanges
// with the sender's support, a few screenshots stored through the evidence pipeline (sharp,
// blob store), and one case in five shared publicly. Senders are shared between users, as real
// ones are. Usage: node --conditions=react-server --import tsx scripts/bench-signed-in-seed.ts <data dir> <users>
import path from "node:path";
import { DateTime } from "luxon";
import sharp from "sharp";
import { seededRandom } from "./random";

const dataDir = path.resolve(process.argv[2] ?? "./data/bench-signed-in");
const USERS = Number(process.argv[3] ?? 50);
process.env.DATA_DIR = dataDir;

const { getDb, writeTransaction, closeDb } = await import("@/db");
const { insertUser, updateUserProfile, findUserById } = await import("@/db/queries/users");
const { recordIncident } = await import("@/lib/cases/incidents");
const { recordExchange } = await import("@/lib/cases/exchanges");
const { uploadEvidence } = await import("@/lib/evidence/upload");
const { shareCase } = await import("@/lib/public/sharing");
const { incidentSchema } = await import("@/lib/validations/incident");
const { exchangeSchema } = await import("@/lib/validations/exchange");

const started = performance.now();
if ((getDb().$client.prepare("select count(*) as n from users").get() as { n: number }).n > 0) {
  console.error(`${dataDir} already has users: the signed-in bench seeds an empty data directory.`);
  process.exit(1);
}

const random = seededRandom(20261202);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");

// Twelve senders, each pestering several users: lenders, a collector, gambling, a telco promo.
type Category = "loan" | "debt_collection" | "gambling" | "telco_promo" | "scam" | "credit_card";
const SENDERS: { number: string; category: Category; support: string; channel: "x" | "whatsapp" | "email" }[] = [
  { number: "0812-5550-1201", category: "loan", support: "@DanaKilat_CS", channel: "x" },
  { number: "0813-5550-1302", category: "debt_collection", support: "cs@tagihcepat.co.id", channel: "email" },
  { number: "0821-5550-1403", category: "loan", support: "@PinjolMudah_ID", channel: "x" },
  { number: "0852-5550-1504", category: "gambling", support: "+62 852-5550-1500", channel: "whatsapp" },
  { number: "0811-5550-1605", category: "credit_card", support: "@KartuPrima_care", channel: "x" },
  { number: "0857-5550-1706", category: "debt_collection", support: "+62 857-5550-1700", channel: "whatsapp" },
  { number: "0878-5550-1807", category: "telco_promo", support: "@SinyalKuat_ID", channel: "x" },
  { number: "0838-5550-1908", category: "scam", support: "bantuan@hadiah-undian.co.id", channel: "email" },
  { number: "0819-5550-2009", category: "loan", support: "@UangSegera_CS", channel: "x" },
  { number: "0815-5550-2110", category: "debt_collection", support: "cs@kolektor-nusantara.co.id", channel: "email" },
  { number: "0896-5550-2211", category: "loan", support: "+62 896-5550-2200", channel: "whatsapp" },
  { number: "0822-5550-2312", category: "gambling", support: "@GacorResmi", channel: "x" },
];
const TEXTS: Record<Category, string[]> = {
  loan: [
    "Pinjaman cair {n} juta tanpa jaminan, proses 5 menit! Klik bit.ly/cair{n} sebelum promo berakhir.",
    "Butuh dana darurat? Limit Rp {n}.000.000 bunga 0% untuk pengguna baru. Balas YA untuk diproses.",
    "Selamat, pengajuan Anda DISETUJUI Rp {n} juta. Aktifkan di aplikasi sebelum jam 23.59 hari ini.",
    "KTA cepat tanpa BI checking, hubungi admin kami di 0813{d} sekarang juga.",
  ],
  debt_collection: [
    "Tagihan Anda Rp {n}.000.000 sudah lewat jatuh tempo {n} hari. Segera lunasi hari ini atau kami datangi alamat Anda.",
    "Kami akan menghubungi keluarga dan kontak darurat Anda jika tagihan tidak dibayar malam ini.",
    "PERINGATAN TERAKHIR: data Anda akan disebarkan ke semua kontak jika tidak ada pembayaran.",
    "Bapak/Ibu, mohon konfirmasi pembayaran angsuran ke nomor ini paling lambat pukul 20.00.",
  ],
  gambling: ["Slot gacor maxwin {n}x hari ini! Daftar sekarang bonus new member {n}%.", "Deposit 25rb dapat bonus {n}rb, link alternatif: bit.ly/gacor{n}"],
  telco_promo: ["Kuota {n}GB cuma Rp 10.000! Ketik *{n}# sekarang, berlaku hari ini saja.", "Paket nelpon {n} menit ke semua operator, aktifkan sekarang."],
  scam: [
    "Selamat! Nomor Anda memenangkan undian Rp {n} juta. Hubungi 0838{d} untuk klaim hadiah.",
    "Rekening Anda diblokir sementara, verifikasi data di bit.ly/bank{n} dalam 1x24 jam.",
  ],
  credit_card: [
    "Kartu kredit Platinum gratis iuran tahunan seumur hidup, ajukan sekarang: bit.ly/kk{n}",
    "Limit kartu kredit Anda naik menjadi Rp {n} juta, konfirmasi ke 021-5550{d}.",
  ],
};
const text = (category: Category) =>
  pick(TEXTS[category])
    .replaceAll("{n}", String(2 + Math.floor(random() * 97)))
    .replaceAll("{d}", digits(7));
const NAMES = [
  "Siti Rahmawati",
  "Budi Santoso",
  "Dewi Lestari",
  "Agus Pratama",
  "Rina Wulandari",
  "Andi Saputra",
  "Nur Aisyah",
  "Hendra Gunawan",
  "Maya Putri",
  "Rizky Ramadhan",
];
const ZONES = ["Asia/Jakarta", "Asia/Jakarta", "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const;
// Mostly office hours; one in five at night (21–23 h or before 7 h), when collection rules forbid calls.
const HOURS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 6, 5];

/** A small phone screenshot: a chat with two bubbles and the sender's number. */
async function screenshot(sender: string, message: string, format: "png" | "webp"): Promise<Buffer> {
  const escape = (s: string) => s.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!);
  const lines = message.match(/.{1,30}(\s|$)/g) ?? [message];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="640">
    <rect width="360" height="640" fill="#ece5dd"/><rect width="360" height="56" fill="#075e54"/>
    <text x="16" y="36" font-family="sans-serif" font-size="20" fill="#fff">${escape(sender)}</text>
    <rect x="12" y="80" rx="10" width="300" height="${28 + lines.length * 22}" fill="#fff"/>
    ${lines.map((line, i) => `<text x="24" y="${108 + i * 22}" font-family="sans-serif" font-size="16" fill="#111">${escape(line.trim())}</text>`).join("")}
    <text x="250" y="${100 + lines.length * 22}" font-family="sans-serif" font-size="12" fill="#666">21.47</text>
  </svg>`;
  const image = sharp(Buffer.from(svg));
  return format === "png" ? image.png().toBuffer() : image.webp({ quality: 80 }).toBuffer();
}

const now = DateTime.utc().minus({ hours: 1 });
let incidentCount = 0;
let exchangeCount = 0;
let fileCount = 0;
let shared = 0;
for (let u = 0; u < USERS; u++) {
  const zone = ZONES[u % ZONES.length]!;
  const user = await insertUser({ email: `bench-${u}@example.test`, passwordHash: "x", locale: u % 10 === 9 ? "en" : "id", emailVerifiedAt: new Date() });
  if (!user) throw new Error("user not inserted");
  await writeTransaction((tx) => updateUserProfile(tx, user.id, { name: `${NAMES[u % NAMES.length]} ${u}`, timeZone: zone, country: "ID" }));
  const sender = SENDERS[u % SENDERS.length]!;
  const local = (at: DateTime) => at.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm");
  const first = now.minus({ days: 42 });

  // 30 incidents over six weeks: SMS mostly, calls for collectors; every sixth at night.
  let caseId = "";
  const incidentIds: string[] = [];
  for (let k = 0; k < 30; k++) {
    const day = first.plus({ days: Math.floor((k * 40) / 30), hours: Math.floor(random() * 6) }).setZone(zone);
    const at = day.set({ hour: k % 6 === 5 ? pick([21, 22, 23, 5, 6]) : pick(HOURS.slice(0, 13)), minute: Math.floor(random() * 60) });
    const call = sender.category === "debt_collection" ? k % 3 === 0 : k % 7 === 3;
    const answered = call && random() < 0.5;
    const input = incidentSchema.parse({
      country: "ID",
      timeZone: zone,
      channel: call ? "call" : "sms",
      sender: sender.number,
      occurredAt: local(at),
      messageText: call ? "" : text(sender.category),
      callAnswered: call ? (answered ? "yes" : "no") : "",
      callMinutes: answered ? String(1 + Math.floor(random() * 4)) : "",
      callSeconds: answered ? String(Math.floor(random() * 60)) : "",
      callOffer: answered ? "Menagih cicilan dan mengancam akan datang ke kantor" : "",
      category: sender.category,
      consent: k % 10 === 4 ? "unsure" : "never",
      stopRequest: "none",
      stopRequestedAt: "",
      companyNamed: k % 4 === 0 ? "yes" : "",
      sourceGiven: k % 4 === 0 ? "no" : "",
      collectionTarget: sender.category === "debt_collection" ? (k % 2 ? "me_not_debtor" : "my_contacts") : "",
      threatened: sender.category === "debt_collection" ? (k % 5 === 0 ? "yes" : "no") : "",
      evidence: [],
      source: "form",
    });
    const saved = await recordIncident(user.id, input);
    caseId = saved.caseId;
    incidentIds.push(saved.incidentId);
    incidentCount++;
  }

  // Ten messages with the sender's support, starting a week after the first incident.
  const exchangeIds: string[] = [];
  const replies = [["asked_dm"], ["asked_data_again"], ["apologised", "gave_ticket"], ["promised_stop"], ["redirected"]] as const;
  for (let k = 0; k < 10; k++) {
    const outgoing = k % 2 === 0;
    const at = first.plus({ days: 7 + k * 3, hours: 2 + Math.floor(random() * 8) });
    const input = exchangeSchema.parse({
      timeZone: zone,
      channel: sender.channel,
      direction: outgoing ? "outgoing" : "incoming",
      handle: sender.support,
      occurredAt: local(at),
      body: outgoing
        ? k === 0
          ? `Saya tidak pernah memberi izin. Tolong hentikan SMS dan telepon dari ${sender.number}, dan jelaskan dari mana Anda mendapat nomor saya.`
          : `Sudah ${k * 3} hari sejak keluhan saya, pesan dari ${sender.number} masih terus datang. Mohon segera ditindaklanjuti.`
        : pick([
            "Mohon maaf atas ketidaknyamanannya. Silakan kirim data diri Anda melalui DM.",
            "Terima kasih, keluhan Anda sudah kami teruskan ke tim terkait. Nomor tiket: TK-" + digits(6),
            "Mohon lengkapi nomor KTP dan nomor ponsel terdaftar agar kami dapat memeriksa.",
          ]),
      reference: outgoing ? "" : `TK-${digits(6)}`,
      tags: outgoing ? [] : [...replies[(k - 1) / 2]!],
      isComplaint: outgoing,
      isStopRequest: k === 0,
      evidence: [],
    });
    const saved = await recordExchange(user.id, caseId, input);
    if (!saved) throw new Error("exchange not recorded");
    exchangeIds.push(saved.exchangeId);
    exchangeCount++;
  }

  // Screenshots: two on incidents (PNG and WebP), one on the first reply.
  const files: { evidenceId: string }[] = [];
  for (const [parent, format] of [
    [{ kind: "incident", id: incidentIds[5]! }, "png"],
    [{ kind: "incident", id: incidentIds[17]! }, "webp"],
    [{ kind: "exchange", id: exchangeIds[1]! }, "png"],
  ] as const) {
    const bytes = await screenshot(sender.number, text(sender.category), format);
    const result = await uploadEvidence(user.id, { bytes, fileName: `Screenshot_2026${digits(4)}.${format}` }, parent);
    if (!result.ok) throw new Error(`evidence: ${result.error}`);
    files.push({ evidenceId: result.evidence.id });
    fileCount++;
  }

  // One case in five is public, with its first screenshot.
  if (u % 5 === 2) {
    const ok = await shareCase((await findUserById(user.id))!, caseId, {
      extraMasks: [],
      screenshots: [{ evidenceId: files[0]!.evidenceId, crop: { top: 0, bottom: 0, left: 0, right: 0 } }],
    });
    if (!ok) throw new Error("share failed");
    shared++;
  }
}
await writeTransaction(async (tx) => tx.$client.exec("analyze"));
closeDb();
console.log(
  `seeded ${dataDir}: ${USERS} users, ${USERS} cases, ${incidentCount} incidents, ${exchangeCount} exchanges, ${fileCount} screenshots, ${shared} shared cases; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
