import type { CountryPack } from "./types";

const CFR = "https://www.ecfr.gov/current/title-47/chapter-I/subchapter-B/part-64/subpart-L/section-64.1200";

/** United States (TCPA). Each rule carries its source and grade (docs/decisions/0007). */
export const unitedStates: CountryPack = {
  country: "US",
  holidays: { dateHolidays: "US" },
  complaintDeadlines: [],
  rules: [
    {
      id: "US-HOURS",
      title: { id: "Telepon penjualan di luar pukul 08.00–21.00", en: "Solicitation outside 8 a.m.–9 p.m." },
      explanation: {
        id: "Telepon penjualan hanya boleh pukul 08.00–21.00 waktu setempat penerima. Kontak yang sudah Anda izinkan, atau dari perusahaan tempat Anda menjadi pelanggan, bukan telepon penjualan dalam arti aturan ini.",
        en: "Telephone solicitations are allowed only between 8 a.m. and 9 p.m. in the called party's local time. Contacts you had permitted, or from a company you already do business with, are not solicitations under this rule.",
      },
      // Solicitations exclude calls with prior invitation or permission, or an established business relationship (64.1200(f)); TSR 310.4(c): "without the prior consent".
      check: { kind: "hours", windows: [{ days: [1, 2, 3, 4, 5, 6, 7], from: "08:00", to: "21:00" }], holidaysExcluded: false, unlessConsented: true },
      channels: ["call", "sms"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: ["US-FCC", "US-FTC"],
      source: { instrument: "47 CFR", article: "§ 64.1200(c)(1), (f); 16 CFR 310.4(c)", url: CFR },
      confidence: "M",
      inLaw: { title: "Telephone solicitations before 8 a.m. or after 9 p.m. my local time" },
    },
    {
      id: "US-REVOKE",
      title: { id: "Tetap dihubungi setelah STOP", en: "Still contacted after STOP" },
      explanation: {
        id: "Penolakan dengan cara wajar apa pun (STOP, UNSUBSCRIBE…) harus dihormati dalam 10 hari kerja.",
        en: "A revocation by any reasonable means (STOP, UNSUBSCRIBE…) must be honoured within 10 business days.",
      },
      check: { kind: "afterOptOut", grace: { workingDays: 10 } },
      channels: ["call", "sms"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: ["US-FCC"],
      source: { instrument: "47 CFR", article: "§ 64.1200(a)(10), (d)(3); FCC 24-18", url: CFR },
      confidence: "M",
      inLaw: { title: "Calls or texts more than 10 business days after I revoked consent" },
    },
  ],
  charters: [],
  gaps: [
    {
      id: "US-DNC",
      text: {
        id: "Telepon ke nomor di Daftar Do Not Call nasional (31 hari atau lebih) dilarang, tetapi Spamtrail belum tahu apakah nomor Anda terdaftar.",
        en: "Calls to a number on the National Do Not Call Registry (31 days or more) are banned, but Spamtrail does not know yet whether yours is registered.",
      },
      confidence: "M",
    },
    {
      id: "US-ROBO",
      text: {
        id: "Telepon dan SMS dengan pemanggil otomatis atau suara rekaman ke ponsel memerlukan persetujuan tegas Anda sebelumnya (tertulis, untuk pemasaran; 47 USC 227(b)); Spamtrail tidak tahu apakah kontaknya otomatis, jadi ini tidak diperiksa.",
        en: "Autodialled or prerecorded calls and texts to a mobile need your prior express consent (written, for telemarketing; 47 USC 227(b)); Spamtrail does not know whether a contact was automated, so this is not checked.",
      },
      confidence: "M",
      channels: ["call", "sms"],
    },
  ],
  regulators: [
    {
      id: "US-FTC",
      name: "Federal Trade Commission (FTC) — donotcall.gov",
      takes: {
        id: "Pengaduan Do Not Call (terdaftar 31 hari atau lebih) dan semua robocall.",
        en: "Do Not Call complaints (registered 31 days or more) and any robocall.",
      },
      url: "https://www.donotcall.gov",
      channels: [{ kind: "web", value: "https://www.donotcall.gov" }],
      requiredFields: ["contact", "dateTime", "senderNumber", "firm", "chronology"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "en",
        locale: "en-US",
        addressee: ["Federal Trade Commission", "National Do Not Call Registry"],
        subject: "Do Not Call complaint about {company}",
        demand: "I ask the FTC to act against this caller.",
        // Your number; date and time; the number that called; the company; the subject; whether you asked them to stop (the body's own form).
        portal: {
          url: "https://www.donotcall.gov",
          steps: [
            { name: { id: "nomor Anda", en: "your number" }, fields: ["phone"] },
            { name: { id: "telepon itu", en: "the call" }, fields: ["chronology", "senderNumber", "company", "product", "stepsTaken"] },
          ],
        },
      },
    },
    {
      id: "US-FCC",
      name: "Federal Communications Commission (FCC)",
      takes: { id: "Pengaduan telepon dan SMS yang tidak diinginkan.", en: "Complaints about unwanted calls and texts." },
      url: "https://consumercomplaints.fcc.gov",
      channels: [{ kind: "web", value: "https://consumercomplaints.fcc.gov" }],
      requiredFields: ["identity", "address", "contact", "senderNumber", "firm", "registrationProof", "dateTime"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "en",
        locale: "en-US",
        addressee: ["Federal Communications Commission", "Consumer Complaint Center"],
        subject: "Complaint about unwanted calls and texts from {company}",
        demand: "I ask the FCC to act on this complaint so that these calls and texts stop.",
        // Name, address, phone; the number involved; the telemarketer; the dates (the body's own form).
        portal: {
          url: "https://consumercomplaints.fcc.gov",
          steps: [
            { name: { id: "data Anda", en: "your details" }, fields: ["complainantName", "address", "phone", "email"] },
            { name: { id: "peneleponnya", en: "the caller" }, fields: ["senderNumber", "company"] },
            { name: { id: "yang terjadi", en: "what happened" }, fields: ["chronology", "stepsTaken", "rulesBroken"] },
          ],
        },
      },
    },
  ],
  dataRequest: null,
};
