/**
 * HTML mock-ups of chat apps showing one received message, for measuring screenshot reading
 * (scripts/bench-ocr.ts) and for the browser test (e2e/capture-ocr.spec.ts). Rendered to PNG in
 * Chromium by e2e/ocr/render.ts; nothing here is a binary in git.
 *
 * Each fixture says what a person sees: the app, its language and theme, the conversation's title,
 * the date separator and clock the app shows, and the message; `expected` is what reading it
 * should give, with dates resolved against OCR_FIXTURE_NOW in Asia/Jakarta.
 */
export type ChatApp = "android" | "google" | "ios" | "whatsapp";
export type OcrFixture = {
  id: string;
  app: ChatApp;
  lang: "id" | "en";
  theme: "light" | "dark";
  sender: string;
  /** The date separator line as the app writes it ("Hari ini", "Sen, 15 Mar"), if any. */
  dateLabel: string;
  /** The clock as the app writes it ("21.30", "9:41 AM"). */
  clock: string;
  message: string;
  /** A reply the user sent after it (right-hand bubble), if any. */
  reply?: string;
  /** The phone's own clock in the status bar. */
  statusClock?: string;
  expected: { sender: string; message: string; occurredAt: string };
};

/** "Now" for the fixtures' relative dates ("Hari ini", "Kemarin", a weekday): Friday 20 March 2026, 23:00 in Jakarta. */
export const OCR_FIXTURE_NOW = new Date("2026-03-20T16:00:00Z");
export const OCR_FIXTURE_ZONE = "Asia/Jakarta";

const PROMO_ID =
  "Selamat! Nomor Anda terpilih mendapatkan hadiah Rp 50.000.000 dari program undian BRI 2026. Klaim sebelum 22 Maret di bit.ly/hadiah-bri26 atau hubungi 0812-3456-7890.";
const LOAN_ID = "Butuh dana cepat? Pinjaman tanpa jaminan s/d Rp 20 juta, cair 10 menit tanpa BI checking. Balas YA atau klik danakilat.id/daftar";
const LOAN_EN = "Need cash fast? Get a loan up to Rp 20 million approved in 10 minutes, no credit check. Reply YES or visit quickcash.example/apply";
const PRIZE_EN = "Congratulations! Your number has won Rp 25,000,000 in the Telkomsel anniversary draw. Claim it today at tsel-hadiah.com before it expires.";
const DEBT_ID = "Yth. Bapak/Ibu, tagihan pinjaman Anda sudah lewat 7 hari. Segera bayar hari ini agar data Anda tidak kami sebarkan ke kontak keluarga.";
const OTP_ID = "JANGAN BERIKAN kode ini kepada siapa pun termasuk petugas. Kode OTP Anda 482913 untuk transaksi Rp 2.500.000.";
const INVEST_EN = "Earn 5% profit every day with our crypto trading group. Join now and get a free bonus of Rp 500,000. Contact admin on WhatsApp.";
const LONG_ID =
  "Kepada nasabah yang terhormat, akun mobile banking Anda akan diblokir dalam 24 jam karena data belum diperbarui. Untuk menghindari pemblokiran, segera lakukan verifikasi melalui tautan resmi berikut: bri-verifikasi.com/login dan masukkan nomor rekening, PIN, serta kode OTP yang kami kirimkan. Abaikan pesan ini jika Anda sudah melakukan pembaruan data dalam tujuh hari terakhir. Terima kasih atas perhatian Anda.";

export const OCR_FIXTURES: OcrFixture[] = [
  // Android Messages (AOSP / Samsung style)
  {
    id: "android-id-light",
    app: "android",
    lang: "id",
    theme: "light",
    sender: "BRI-INFO",
    dateLabel: "Hari ini",
    clock: "21.30",
    message: PROMO_ID,
    expected: { sender: "BRI-INFO", message: PROMO_ID, occurredAt: "2026-03-20T21:30" },
  },
  {
    id: "android-id-dark",
    app: "android",
    lang: "id",
    theme: "dark",
    sender: "DanaKilat",
    dateLabel: "Kamis, 19 Mar",
    clock: "08.15",
    message: LOAN_ID,
    expected: { sender: "DanaKilat", message: LOAN_ID, occurredAt: "2026-03-19T08:15" },
  },
  {
    id: "android-en-light",
    app: "android",
    lang: "en",
    theme: "light",
    sender: "QuickCash",
    dateLabel: "Yesterday",
    clock: "7:05 PM",
    message: LOAN_EN,
    expected: { sender: "QuickCash", message: LOAN_EN, occurredAt: "2026-03-19T19:05" },
  },
  {
    id: "android-en-dark",
    app: "android",
    lang: "en",
    theme: "dark",
    sender: "TSEL-PROMO",
    dateLabel: "Wed, Mar 18",
    clock: "10:42 AM",
    message: PRIZE_EN,
    expected: { sender: "TSEL-PROMO", message: PRIZE_EN, occurredAt: "2026-03-18T10:42" },
  },
  // Google Messages
  {
    id: "google-id-light",
    app: "google",
    lang: "id",
    theme: "light",
    sender: "+62 812-5555-0101",
    dateLabel: "Hari ini",
    clock: "13.07",
    message: DEBT_ID,
    expected: { sender: "+62 812-5555-0101", message: DEBT_ID, occurredAt: "2026-03-20T13:07" },
  },
  {
    id: "google-id-dark",
    app: "google",
    lang: "id",
    theme: "dark",
    sender: "KreditPintar",
    dateLabel: "Sen, 16 Mar",
    clock: "09.20",
    message: LOAN_ID,
    expected: { sender: "KreditPintar", message: LOAN_ID, occurredAt: "2026-03-16T09:20" },
  },
  {
    id: "google-en-light",
    app: "google",
    lang: "en",
    theme: "light",
    sender: "CryptoPro",
    dateLabel: "Today",
    clock: "9:41 AM",
    message: INVEST_EN,
    expected: { sender: "CryptoPro", message: INVEST_EN, occurredAt: "2026-03-20T09:41" },
  },
  {
    id: "google-en-dark",
    app: "google",
    lang: "en",
    theme: "dark",
    sender: "99899",
    dateLabel: "Friday, March 13",
    clock: "6:30 PM",
    message: PRIZE_EN,
    expected: { sender: "99899", message: PRIZE_EN, occurredAt: "2026-03-13T18:30" },
  },
  // iOS Messages
  {
    id: "ios-id-light",
    app: "ios",
    lang: "id",
    theme: "light",
    sender: "BCA-Info",
    dateLabel: "Hari ini",
    clock: "11.52",
    message: OTP_ID,
    expected: { sender: "BCA-Info", message: OTP_ID, occurredAt: "2026-03-20T11:52" },
  },
  {
    id: "ios-id-dark",
    app: "ios",
    lang: "id",
    theme: "dark",
    sender: "+62 821-4444-9090",
    dateLabel: "Kemarin",
    clock: "22.10",
    message: DEBT_ID,
    expected: { sender: "+62 821-4444-9090", message: DEBT_ID, occurredAt: "2026-03-19T22:10" },
  },
  {
    id: "ios-en-light",
    app: "ios",
    lang: "en",
    theme: "light",
    sender: "Mandiri",
    dateLabel: "Today",
    clock: "8:03 AM",
    message: INVEST_EN,
    expected: { sender: "Mandiri", message: INVEST_EN, occurredAt: "2026-03-20T08:03" },
  },
  {
    id: "ios-en-dark",
    app: "ios",
    lang: "en",
    theme: "dark",
    sender: "ShopeePay",
    dateLabel: "Tue, Mar 17",
    clock: "4:16 PM",
    message: PRIZE_EN,
    expected: { sender: "ShopeePay", message: PRIZE_EN, occurredAt: "2026-03-17T16:16" },
  },
  // WhatsApp
  {
    id: "whatsapp-id-light",
    app: "whatsapp",
    lang: "id",
    theme: "light",
    sender: "Admin Hadiah BRI",
    dateLabel: "Hari ini",
    clock: "19.45",
    message: PROMO_ID,
    expected: { sender: "Admin Hadiah BRI", message: PROMO_ID, occurredAt: "2026-03-20T19:45" },
  },
  {
    id: "whatsapp-id-dark",
    app: "whatsapp",
    lang: "id",
    theme: "dark",
    sender: "+62 857-1234-0000",
    dateLabel: "15 Maret 2026",
    clock: "07.58",
    message: DEBT_ID,
    expected: { sender: "+62 857-1234-0000", message: DEBT_ID, occurredAt: "2026-03-15T07:58" },
  },
  {
    id: "whatsapp-en-light",
    app: "whatsapp",
    lang: "en",
    theme: "light",
    sender: "Crypto Signals VIP",
    dateLabel: "Yesterday",
    clock: "11:20 PM",
    message: INVEST_EN,
    expected: { sender: "Crypto Signals VIP", message: INVEST_EN, occurredAt: "2026-03-19T23:20" },
  },
  {
    id: "whatsapp-en-dark",
    app: "whatsapp",
    lang: "en",
    theme: "dark",
    sender: "Loan Officer Rina",
    dateLabel: "March 12, 2026",
    clock: "2:05 PM",
    message: LOAN_EN,
    expected: { sender: "Loan Officer Rina", message: LOAN_EN, occurredAt: "2026-03-12T14:05" },
  },
  // Extras: a long message, numbers as senders, a reply after the message, a full date with year.
  {
    id: "android-id-long",
    app: "android",
    lang: "id",
    theme: "light",
    sender: "BRI-INFO",
    dateLabel: "Rab, 18 Mar",
    clock: "06.30",
    message: LONG_ID,
    expected: { sender: "BRI-INFO", message: LONG_ID, occurredAt: "2026-03-18T06:30" },
  },
  {
    id: "google-id-number",
    app: "google",
    lang: "id",
    theme: "light",
    sender: "0813-9876-5432",
    dateLabel: "Kemarin",
    clock: "17.25",
    message: LOAN_ID,
    expected: { sender: "0813-9876-5432", message: LOAN_ID, occurredAt: "2026-03-19T17:25" },
  },
  {
    id: "ios-id-reply",
    app: "ios",
    lang: "id",
    theme: "light",
    sender: "Pinjol Cepat",
    dateLabel: "Hari ini",
    clock: "10.01",
    message: LOAN_ID,
    reply: "STOP",
    expected: { sender: "Pinjol Cepat", message: LOAN_ID, occurredAt: "2026-03-20T10:01" },
  },
  {
    id: "whatsapp-id-reply",
    app: "whatsapp",
    lang: "id",
    theme: "light",
    sender: "+62 878-2222-3333",
    dateLabel: "Kemarin",
    clock: "20.12",
    message: OTP_ID,
    reply: "Ini siapa ya?",
    expected: { sender: "+62 878-2222-3333", message: OTP_ID, occurredAt: "2026-03-19T20:12" },
  },
  {
    id: "android-id-sender-id",
    app: "android",
    lang: "id",
    theme: "dark",
    sender: "AXIS",
    dateLabel: "15 Maret 2024",
    clock: "21.30",
    message: PROMO_ID,
    expected: { sender: "AXIS", message: PROMO_ID, occurredAt: "2024-03-15T21:30" },
  },
  {
    id: "ios-en-sender-id",
    app: "ios",
    lang: "en",
    theme: "light",
    sender: "TOKOPEDIA",
    dateLabel: "Mar 14, 2026",
    clock: "12:45 PM",
    message: PRIZE_EN,
    expected: { sender: "TOKOPEDIA", message: PRIZE_EN, occurredAt: "2026-03-14T12:45" },
  },
];

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const WORDS = {
  id: {
    input: "Ketik pesan",
    textMessage: "Pesan teks",
    sms: "SMS",
    online: "online",
    iosInput: "Pesan Teks",
    whatsappInput: "Ketik pesan",
    today: "HARI INI",
    encrypted: "Pesan dan panggilan terenkripsi secara end-to-end.",
  },
  en: {
    input: "Text message",
    textMessage: "Text message",
    sms: "SMS",
    online: "online",
    iosInput: "Text Message",
    whatsappInput: "Message",
    today: "TODAY",
    encrypted: "Messages and calls are end-to-end encrypted.",
  },
};

function statusBar(fixture: OcrFixture, colour: string, font: string) {
  const clock = fixture.statusClock ?? (fixture.lang === "id" ? "23.00" : "11:00");
  return `<div style="height:32px;display:flex;justify-content:space-between;align-items:center;padding:0 18px;font:600 14px ${font};color:${colour}">
    <span>${clock}</span><span style="letter-spacing:2px">▂▄▆ ▮ 87%</span></div>`;
}

function initial(name: string) {
  return escape((name.match(/[A-Za-z0-9]/)?.[0] ?? "#").toUpperCase());
}

function android(f: OcrFixture) {
  const dark = f.theme === "dark";
  const bg = dark ? "#121212" : "#ffffff";
  const fg = dark ? "#e8eaed" : "#202124";
  const bubble = dark ? "#2d2f31" : "#e9e9eb";
  const muted = dark ? "#9aa0a6" : "#5f6368";
  const font = "Roboto, 'Liberation Sans', Arial, sans-serif";
  return `<body style="margin:0;background:${bg};color:${fg};font-family:${font}">
  ${statusBar(f, fg, font)}
  <header style="height:56px;display:flex;align-items:center;gap:18px;padding:0 16px;border-bottom:1px solid ${dark ? "#333" : "#ddd"}">
    <span style="font-size:22px">←</span><span style="font-size:20px;font-weight:500;flex:1">${escape(f.sender)}</span><span style="font-size:20px">⋮</span>
  </header>
  <main style="padding:16px 14px;height:620px;display:flex;flex-direction:column;justify-content:flex-end;gap:6px">
    <p style="text-align:center;color:${muted};font-size:13px;margin:0 0 10px">${escape(f.dateLabel)}</p>
    <div style="align-self:flex-start;max-width:78%;background:${bubble};border-radius:18px;padding:10px 14px;font-size:16px;line-height:1.35">${escape(f.message)}</div>
    <p style="color:${muted};font-size:12px;margin:2px 0 0 6px">${escape(f.clock)}</p>
    ${f.reply ? `<div style="align-self:flex-end;background:#1a73e8;color:#fff;border-radius:18px;padding:10px 14px;font-size:16px;margin-top:10px">${escape(f.reply)}</div>` : ""}
  </main>
  <footer style="position:fixed;bottom:20px;left:12px;right:12px;display:flex;gap:10px;align-items:center">
    <span style="font-size:22px;color:${muted}">⊕</span>
    <div style="flex:1;border:1px solid ${muted};border-radius:22px;padding:11px 16px;color:${muted};font-size:16px">${WORDS[f.lang].input}</div>
  </footer></body>`;
}

function google(f: OcrFixture) {
  const dark = f.theme === "dark";
  const bg = dark ? "#1f1f1f" : "#f8fafd";
  const fg = dark ? "#e3e3e3" : "#1f1f1f";
  const bubble = dark ? "#333537" : "#e9eef6";
  const muted = dark ? "#c4c7c5" : "#444746";
  const font = "'Liberation Sans', Roboto, Arial, sans-serif";
  const dot = " · ";
  return `<body style="margin:0;background:${bg};color:${fg};font-family:${font}">
  ${statusBar(f, fg, font)}
  <header style="height:64px;display:flex;align-items:center;gap:14px;padding:0 14px">
    <span style="font-size:22px">←</span>
    <span style="width:36px;height:36px;border-radius:50%;background:#7cacf8;color:#062e6f;display:grid;place-items:center;font-weight:700">${initial(f.sender)}</span>
    <span style="font-size:21px;flex:1">${escape(f.sender)}</span><span style="font-size:20px">⋮</span>
  </header>
  <main style="padding:16px 14px;height:600px;display:flex;flex-direction:column;justify-content:flex-end;gap:6px">
    <p style="text-align:center;color:${muted};font-size:13px;margin:0 0 12px">${escape(WORDS[f.lang].textMessage)}${dot}${escape(f.dateLabel)}${dot}${escape(f.clock)}</p>
    <div style="display:flex;gap:8px;align-items:flex-end">
      <span style="width:30px;height:30px;flex:none;border-radius:50%;background:#7cacf8;color:#062e6f;display:grid;place-items:center;font-size:13px;font-weight:700">${initial(f.sender)}</span>
      <div style="max-width:76%;background:${bubble};border-radius:20px 20px 20px 4px;padding:11px 15px;font-size:16px;line-height:1.4">${escape(f.message)}</div>
    </div>
    ${f.reply ? `<div style="align-self:flex-end;background:#0b57d0;color:#fff;border-radius:20px;padding:10px 14px;font-size:16px;margin-top:10px">${escape(f.reply)}</div>` : ""}
  </main>
  <footer style="position:fixed;bottom:20px;left:10px;right:10px">
    ${f.lang === "en" && !dark ? `<div style="display:flex;gap:8px;margin-bottom:10px;justify-content:flex-end"><span style="border:1px solid ${muted};border-radius:16px;padding:6px 12px">OK</span><span style="border:1px solid ${muted};border-radius:16px;padding:6px 12px">Thanks</span></div>` : ""}
    <div style="display:flex;gap:10px;align-items:center"><span style="font-size:22px">⊕</span>
    <div style="flex:1;background:${dark ? "#333537" : "#e9eef6"};border-radius:24px;padding:12px 16px;color:${muted};font-size:16px">${WORDS[f.lang].textMessage}</div></div>
  </footer></body>`;
}

function ios(f: OcrFixture) {
  const dark = f.theme === "dark";
  const bg = dark ? "#000000" : "#ffffff";
  const fg = dark ? "#ffffff" : "#000000";
  const bubble = dark ? "#262628" : "#e9e9eb";
  const muted = "#8e8e93";
  const font = "'Liberation Sans', 'DejaVu Sans', Helvetica, sans-serif";
  return `<body style="margin:0;background:${bg};color:${fg};font-family:${font}">
  ${statusBar(f, fg, font)}
  <header style="height:92px;display:flex;flex-direction:column;align-items:center;justify-content:center;position:relative;background:${dark ? "#1c1c1e" : "#f6f6f6"}">
    <span style="position:absolute;left:10px;top:18px;color:#0a84ff;font-size:28px">‹</span>
    <span style="width:46px;height:46px;border-radius:50%;background:linear-gradient(#a5abb8,#858994);color:#fff;display:grid;place-items:center;font-size:20px;font-weight:600">${initial(f.sender)}</span>
    <span style="font-size:12px;margin-top:5px">${escape(f.sender)} ›</span>
  </header>
  <main style="padding:16px 14px;height:590px;display:flex;flex-direction:column;justify-content:flex-end;gap:6px">
    <p style="text-align:center;color:${muted};font-size:12px;margin:0 0 8px;line-height:1.4">${WORDS[f.lang].iosInput}<br><b>${escape(f.dateLabel)}</b> ${escape(f.clock)}</p>
    <div style="align-self:flex-start;max-width:75%;background:${bubble};border-radius:18px;padding:8px 13px;font-size:17px;line-height:1.3">${escape(f.message)}</div>
    ${f.reply ? `<div style="align-self:flex-end;background:#34c759;color:#fff;border-radius:18px;padding:8px 13px;font-size:17px;margin-top:10px">${escape(f.reply)}</div>` : ""}
  </main>
  <footer style="position:fixed;bottom:26px;left:12px;right:12px;display:flex;gap:10px;align-items:center">
    <span style="font-size:24px;color:${muted}">+</span>
    <div style="flex:1;border:1px solid ${dark ? "#3a3a3c" : "#c7c7cc"};border-radius:20px;padding:8px 14px;color:${muted};font-size:17px">${WORDS[f.lang].iosInput}</div>
  </footer></body>`;
}

function whatsapp(f: OcrFixture) {
  const dark = f.theme === "dark";
  const bar = dark ? "#1f2c34" : "#008069";
  const wall = dark ? "#0b141a" : "#efeae2";
  const bubble = dark ? "#202c33" : "#ffffff";
  const fg = dark ? "#e9edef" : "#111b21";
  const muted = dark ? "#8696a0" : "#667781";
  const font = "Roboto, 'Liberation Sans', Arial, sans-serif";
  const business = /[A-Za-z]/.test(f.sender) ? (f.lang === "id" ? "Akun bisnis" : "Business account") : WORDS[f.lang].online;
  return `<body style="margin:0;background:${wall};color:${fg};font-family:${font}">
  <div style="background:${bar}">${statusBar(f, "#ffffff", font)}
  <header style="height:58px;display:flex;align-items:center;gap:10px;padding:0 10px;color:#fff">
    <span style="font-size:22px">←</span>
    <span style="width:40px;height:40px;border-radius:50%;background:#dfe5e7;color:#8696a0;display:grid;place-items:center;font-weight:700">${initial(f.sender)}</span>
    <span style="flex:1;line-height:1.25"><span style="font-size:18px;font-weight:500">${escape(f.sender)}</span><br><span style="font-size:13px;opacity:.85">${business}</span></span>
    <span style="font-size:20px">⋮</span>
  </header></div>
  <main style="padding:14px 12px;height:610px;display:flex;flex-direction:column;justify-content:flex-end;gap:8px">
    <p style="align-self:center;background:${dark ? "#182229" : "#ffeecd"};color:${dark ? "#ffd279" : "#54656f"};font-size:12.5px;border-radius:8px;padding:6px 12px;margin:0 20px 8px;text-align:center">${WORDS[f.lang].encrypted}</p>
    <p style="align-self:center;background:${dark ? "#182229" : "#ffffff"};color:${muted};font-size:12.5px;border-radius:8px;padding:5px 12px;margin:0 0 6px">${escape(f.dateLabel)}</p>
    <div style="align-self:flex-start;max-width:80%;background:${bubble};border-radius:0 8px 8px 8px;padding:7px 9px 8px;font-size:16px;line-height:1.35">${escape(f.message)}<span style="float:right;margin:8px 0 -4px 10px;font-size:11.5px;color:${muted}">${escape(f.clock)}</span></div>
    ${f.reply ? `<div style="align-self:flex-end;max-width:80%;background:${dark ? "#005c4b" : "#d9fdd3"};border-radius:8px 0 8px 8px;padding:7px 9px;font-size:16px">${escape(f.reply)}<span style="font-size:11.5px;color:${muted};margin-left:10px">${escape(f.clock)} ✓✓</span></div>` : ""}
  </main>
  <footer style="position:fixed;bottom:16px;left:8px;right:8px;display:flex;gap:8px;align-items:center">
    <div style="flex:1;background:${dark ? "#1f2c34" : "#ffffff"};border-radius:24px;padding:12px 16px;color:${muted};font-size:17px">☺ ${WORDS[f.lang].whatsappInput}</div>
    <span style="width:48px;height:48px;border-radius:50%;background:#00a884;color:#fff;display:grid;place-items:center">🎤</span>
  </footer></body>`;
}

/** The page for one fixture, sized for a 390 × 844 CSS-pixel phone screen. */
export function mockupHtml(fixture: OcrFixture): string {
  const body = { android, google, ios, whatsapp }[fixture.app](fixture);
  return `<!doctype html><html lang="${fixture.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=390"><style>*{box-sizing:border-box}body{width:390px;height:844px;overflow:hidden}</style></head>${body}</html>`;
}
