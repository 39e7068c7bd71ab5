import type { CountryPack, LegalSource } from "./types";

const POJK_22_2023 = "https://www.ojk.go.id/id/regulasi/Pages/Pelindungan-Konsumen-dan-Masyarakat-di-Sektor-Jasa-Keuangan.aspx";
const pojk = (article: string): LegalSource => ({ instrument: "POJK 22/2023", article, url: POJK_22_2023 });
/** Personal channels of the Elucidation to Art 33(5)(c): phone, SMS, instant messaging. */
const PERSONAL = ["sms", "call", "whatsapp", "other_app"] as const;
const MON_SAT = [1, 2, 3, 4, 5, 6];

/** Indonesia. Facts, articles and grades: ../shared/domain/regulators.md §1. */
export const indonesia: CountryPack = {
  country: "ID",
  holidayCalendar: "ID",
  complaintDeadlines: [
    {
      id: "ID-OJK-COMPLAINT-WRITTEN",
      trigger: "writtenComplaint",
      sectors: "financial",
      // 10 working days from complete documents, +10 if the firm notified an extension in writing.
      workingDays: 10,
      extensionWorkingDays: 10,
      escalateTo: "OJK",
      source: pojk("Pasal 75 ayat (1)–(6)"),
      confidence: "H",
    },
    {
      id: "ID-OJK-COMPLAINT-SPOKEN",
      trigger: "spokenComplaint",
      sectors: "financial",
      // 5 working days; otherwise the firm must ask for a written complaint.
      workingDays: 5,
      extensionWorkingDays: 0,
      escalateTo: "OJK",
      source: pojk("Pasal 74"),
      confidence: "H",
    },
  ],
  rules: [
    {
      id: "ID-OJK-CONSENT",
      title: { id: "Penawaran tanpa persetujuan Anda", en: "Offers without your consent" },
      explanation: {
        id: "Perusahaan jasa keuangan hanya boleh menawarkan produk lewat telepon, SMS atau pesan pribadi jika Anda sudah setuju sebelumnya. Anda mencatat {count} kontak yang tidak pernah Anda setujui.",
        en: "A financial company may offer products by phone, SMS or private message only with your prior consent. You logged {count} contacts you never agreed to.",
      },
      check: { kind: "consent" },
      channels: PERSONAL,
      sectors: "financial",
      source: pojk("Pasal 39 ayat (1)"),
      confidence: "H",
    },
    {
      id: "ID-OJK-HOURS",
      title: { id: "Di luar jam yang diizinkan", en: "Outside the allowed hours" },
      explanation: {
        id: "Penawaran hanya boleh Senin–Sabtu pukul 08.00–18.00 waktu setempat, bukan pada hari libur nasional. {count} kontak terjadi di luar waktu itu.",
        en: "Offers are allowed only Monday to Saturday, 08:00–18:00 local time, not on national holidays. {count} contacts came outside that.",
      },
      check: { kind: "hours", windows: [{ days: MON_SAT, from: "08:00", to: "18:00" }], holidaysExcluded: true, unlessConsented: false },
      channels: PERSONAL,
      sectors: "financial",
      source: pojk("Pasal 39 ayat (4) huruf a"),
      confidence: "H",
    },
    {
      id: "ID-OJK-WITHDRAW",
      title: { id: "Tetap menawarkan setelah Anda menolak", en: "Offers after you said stop" },
      explanation: {
        id: "Setelah Anda menarik persetujuan atau meminta berhenti, perusahaan jasa keuangan tidak boleh lagi menawarkan. {count} kontak datang sesudahnya.",
        en: "Once you withdrew consent or asked them to stop, a financial company may not make further offers. {count} contacts came after that.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: PERSONAL,
      sectors: "financial",
      source: pojk("Pasal 39 ayat (3)"),
      confidence: "H",
    },
    {
      id: "ID-OJK-IDENTIFY",
      title: { id: "Tidak menyebut nama perusahaan", en: "Did not say which company" },
      explanation: {
        id: "Sebelum menawarkan, perusahaan wajib menyebut nama dan tujuannya. Pada {count} kontak mereka tidak melakukannya.",
        en: "Before offering, the company must state its name and purpose. In {count} contacts it did not.",
      },
      check: { kind: "question", question: "companyNamed" },
      channels: PERSONAL,
      sectors: "financial",
      source: pojk("Pasal 39 ayat (4) huruf b"),
      confidence: "H",
    },
    {
      id: "ID-OJK-SOURCE",
      title: { id: "Tidak menyebut dari mana nomor Anda didapat", en: "Did not say where they got your number" },
      explanation: {
        id: "Jika data Anda berasal dari pihak lain, perusahaan wajib menyebut sumbernya. Pada {count} kontak mereka tidak menyebutnya.",
        en: "When your data came from someone else, the company must say where from. In {count} contacts it did not.",
      },
      check: { kind: "question", question: "sourceGiven" },
      channels: PERSONAL,
      sectors: "financial",
      source: pojk("Pasal 39 ayat (4) huruf c"),
      confidence: "H",
    },
    {
      id: "ID-KOMINFO-OPTOUT",
      title: { id: "SMS siaran tetap dikirim setelah Anda menolak", en: "Broadcast SMS kept coming after you refused" },
      explanation: {
        id: "Pengirim SMS siaran wajib memberi cara menolak dan menghentikan kiriman setelah penolakan. {count} SMS datang sesudah Anda menolak.",
        en: "A broadcast SMS sender must offer a way to refuse and stop after a refusal. {count} SMS came after you refused.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: ["sms"],
      sectors: "any",
      source: { instrument: "Permenkominfo 1/PER/M.KOMINFO/01/2009", article: "Pasal 18–19" },
      confidence: "M",
    },
    {
      id: "ID-PDP-WITHDRAW",
      title: { id: "Data Anda tetap diproses setelah persetujuan ditarik", en: "Your data still used after you withdrew consent" },
      explanation: {
        id: "Setelah Anda menarik persetujuan, pengendali data wajib berhenti memproses data Anda paling lambat 3×24 jam. {count} kontak datang setelah batas itu.",
        en: "After you withdraw consent, the data controller must stop processing your data within 3×24 hours. {count} contacts came after that limit.",
      },
      check: { kind: "afterOptOut", grace: { hours: 72 } },
      channels: PERSONAL,
      sectors: "any",
      source: { instrument: "UU 27/2022 (Pelindungan Data Pribadi)", article: "Pasal 9 dan Pasal 40" },
      confidence: "M",
    },
  ],
  gaps: [
    {
      id: "ID-KOMINFO-HOURS",
      text: {
        id: "Tidak ditemukan aturan jam kirim untuk SMS promosi yang bukan dari perusahaan jasa keuangan; jam kirimnya tidak diperiksa.",
        en: "No sending-hours rule was found for promotional SMS from firms that are not financial companies, so their hours are not checked.",
      },
      confidence: "U",
      onlyWhen: "notFinancial",
    },
    {
      id: "ID-FREQUENCY",
      text: {
        id: "Tidak ditemukan batas hukum jumlah pesan atau telepon per minggu di Indonesia; frekuensi tidak diperiksa.",
        en: "No legal limit on messages or calls per week was found in Indonesia, so frequency is not checked.",
      },
      confidence: "U",
    },
  ],
  regulators: [
    {
      id: "ID-OJK-VIOLATION",
      name: "Otoritas Jasa Keuangan (OJK) — Pengaduan Berindikasi Pelanggaran",
      takes: {
        id: "Laporan pelanggaran aturan sektor jasa keuangan, misalnya penawaran tanpa persetujuan atau di luar jam. Terbuka untuk siapa saja; tidak perlu mengadu ke perusahaan dulu.",
        en: "Reports of breaches of financial-sector rules, such as offers without consent or outside the hours. Open to anyone; no need to complain to the company first.",
      },
      url: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan",
      channels: [
        { kind: "web", value: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan" },
        { kind: "phone", value: "157" },
        { kind: "whatsapp", value: "081157157157" },
        { kind: "email", value: "konsumen@ojk.go.id" },
      ],
      requiredFields: ["identity", "contact", "firm", "product", "dateOfUse", "chronology", "evidence"],
      reportsViolations: true,
      companyFirst: false,
      sectors: "financial",
      source: { instrument: "POJK 31/POJK.07/2020", article: "Pasal 19 ayat (2); POJK 22/2023 Pasal 1 angka 8" },
      confidence: "H",
    },
    {
      id: "ID-OJK-DISPUTE",
      name: "Otoritas Jasa Keuangan (OJK) — Pengaduan Berindikasi Sengketa",
      takes: {
        id: "Fasilitasi sengketa dengan kerugian materiil, setelah perusahaan menjawab (atau tidak menjawab) pengaduan Anda; paling lambat 60 hari kerja setelah tanggapan perusahaan.",
        en: "Facilitation of a dispute with material loss, after the company answered (or failed to answer) your complaint; within 60 working days of its response.",
      },
      url: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan",
      channels: [{ kind: "web", value: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan" }],
      requiredFields: ["identity", "idDocument", "contact", "firm", "firmResponse", "signedStatement", "chronology", "evidence", "demand"],
      reportsViolations: false,
      companyFirst: true,
      sectors: "financial",
      source: { instrument: "POJK 31/POJK.07/2020", article: "Pasal 10 ayat (4) dan (7)" },
      confidence: "H",
    },
    {
      id: "ID-KOMDIGI-ADUANNOMOR",
      name: "Komdigi — aduannomor.id",
      takes: {
        id: "Laporan nomor spam, penipuan, judi online dan investasi bodong, untuk diblokir.",
        en: "Reports of spam, fraud, online gambling and fake-investment numbers, for blocking.",
      },
      url: "https://aduannomor.id",
      channels: [
        { kind: "web", value: "https://aduannomor.id" },
        { kind: "phone", value: "159" },
      ],
      requiredFields: ["senderNumber", "identity", "idDocument", "address", "contact", "chronology", "evidence"],
      reportsViolations: false,
      companyFirst: false,
      sectors: "any",
      source: { instrument: "Permenkominfo 5/2021", article: "(cited by Kominfo; article not given)" },
      confidence: "M",
      complaint: {
        language: "id",
        addressee: ["Kepada Yth.", "Kementerian Komunikasi dan Digital (Komdigi)", "Layanan aduannomor.id"],
        subject: "Laporan nomor {sender}",
        demand: "Saya memohon nomor ini diverifikasi dan diblokir, karena digunakan untuk mengirim pesan dan menelepon saya tanpa persetujuan.",
        // The portal's order: the number and its category, the reporter, the chronology, the evidence (regulators.md §1b.3).
        portal: {
          url: "https://aduannomor.id",
          steps: [
            { name: { id: "nomor yang dilaporkan", en: "the reported number" }, fields: ["senderNumber", "product"] },
            { name: { id: "biodata pelapor", en: "your details" }, fields: ["complainantName", "complainantId", "address", "phone", "email"] },
            { name: { id: "kronologi", en: "what happened" }, fields: ["chronology"] },
            { name: { id: "bukti", en: "evidence" }, fields: ["evidenceList"] },
          ],
        },
      },
    },
    {
      id: "ID-YLKI",
      name: "Yayasan Lembaga Konsumen Indonesia (YLKI)",
      takes: {
        id: "Pengaduan konsumen tertulis dengan kronologi, identitas, bukti dan tuntutan; menyarankan mengadu tertulis ke pelaku usaha lebih dulu.",
        en: "Written consumer complaints with chronology, identity, evidence and demand; recommends complaining to the business in writing first.",
      },
      url: "https://pelayanan.ylki.or.id",
      channels: [
        { kind: "web", value: "https://pelayanan.ylki.or.id" },
        { kind: "email", value: "konsumen@ylki.or.id" },
        { kind: "phone", value: "(021) 7981858" },
      ],
      requiredFields: ["identity", "address", "chronology", "evidence", "demand"],
      reportsViolations: false,
      companyFirst: true,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "id",
        addressee: ["Kepada Yth.", "Yayasan Lembaga Konsumen Indonesia (YLKI)", "di Jakarta"],
        subject: "Pengaduan konsumen terhadap {company}",
        demand: "Saya memohon bantuan YLKI agar pengirim menghentikan penawaran kepada saya, menjelaskan dari mana memperoleh nomor saya, dan menghapus data pribadi saya.",
      },
    },
    {
      id: "ID-BPKN",
      name: "Badan Perlindungan Konsumen Nasional (BPKN)",
      takes: { id: "Pengaduan konsumen (memberi saran kepada pemerintah; tidak memutus sengketa).", en: "Consumer complaints (advises the government; does not decide disputes)." },
      url: "https://bpkn.go.id",
      channels: [{ kind: "phone", value: "153" }],
      requiredFields: ["identity", "contact", "chronology"],
      reportsViolations: false,
      companyFirst: false,
      sectors: "any",
      confidence: "M",
    },
  ],
  dataRequest: {
    id: "ID-PDP-REQUEST",
    language: "id",
    law: { instrument: "UU 27/2022 (Pelindungan Data Pribadi)", article: "Pasal 5, 8, 9, 32 dan 40" },
    // 3×24 hours to stop processing after consent is withdrawn and to give access (Arts 32, 40).
    answerWithin: { hours: 72 },
    // Which body takes personal-data complaints is unconfirmed (regulators.md §1a notes).
    escalateTo: null,
    confidence: "M",
  },
};
