import { INDONESIAN_HOLIDAYS } from "./id-holidays";
import type { CountryPack, LegalSource } from "./types";

const POJK_22_2023 = "https://www.ojk.go.id/id/regulasi/Pages/Pelindungan-Konsumen-dan-Masyarakat-di-Sektor-Jasa-Keuangan.aspx";
const pojk = (article: string): LegalSource => ({ instrument: "POJK 22/2023", article, url: POJK_22_2023 });
/** Personal channels of the Elucidation to Art 33(5)(c): phone, SMS, instant messaging. */
const PERSONAL = ["sms", "call", "whatsapp", "other_app"] as const;
const MON_SAT = [1, 2, 3, 4, 5, 6];
/** OJK's violation report takes breaches of the financial-sector rules, never UU PDP or Kominfo rules (audit finding 8). */
const OJK = ["ID-OJK-VIOLATION"];
const LICENSED = ["licensed", "customer"] as const;

/**
 * Indonesia. Each rule carries its source and grade (docs/decisions/0007); the audit settled
 * Art 39's scope, licensed firms and customers, debt collection and holidays from the SKB.
 */
export const indonesia: CountryPack = {
  country: "ID",
  holidays: { dateHolidays: "ID", official: INDONESIAN_HOLIDAYS },
  complaintDeadlines: [
    {
      id: "ID-OJK-COMPLAINT-WRITTEN",
      trigger: "writtenComplaint",
      owner: "firm",
      sectors: "financial",
      // A licensed firm's duty to its customers (Art 76(1)(c)–(d) lets it refuse anyone else).
      needs: LICENSED,
      // 10 working days from complete documents, +10 if the firm notified an extension in writing before day 10.
      workingDays: 10,
      extensionWorkingDays: 10,
      escalateTo: "OJK",
      source: pojk("Pasal 75 ayat (1)–(4)"),
      confidence: "H",
    },
    {
      id: "ID-OJK-COMPLAINT-SPOKEN",
      trigger: "spokenComplaint",
      owner: "firm",
      sectors: "financial",
      needs: LICENSED,
      // 5 working days; otherwise the firm must ask for a written complaint.
      workingDays: 5,
      extensionWorkingDays: 0,
      escalateTo: "OJK",
      source: pojk("Pasal 74"),
      confidence: "H",
    },
    {
      id: "ID-OJK-PORTAL-RESPONSE",
      trigger: "portalResponse",
      owner: "user",
      sectors: "financial",
      // The firm answered in APPK, so the user is in OJK's process already.
      needs: [],
      workingDays: 10,
      extensionWorkingDays: 0,
      escalateTo: null,
      source: pojk("Pasal 96 ayat (7)–(8)"),
      confidence: "H",
    },
    {
      id: "ID-OJK-DISPUTE-FILING",
      trigger: "firmResponse",
      owner: "user",
      sectors: "financial",
      needs: ["licensed", "customer", "loss"],
      // 60 working days from the firm's answer (20 after its answer to an objection: said in the text).
      workingDays: 60,
      extensionWorkingDays: 0,
      escalateTo: "OJK",
      source: { instrument: "POJK 31/POJK.07/2020", article: "Pasal 10 ayat (4) huruf f" },
      confidence: "H",
    },
  ],
  rules: [
    {
      id: "ID-OJK-CONSENT",
      title: { id: "Penawaran tanpa persetujuan Anda", en: "Offers without your consent" },
      explanation: {
        id: "Perusahaan jasa keuangan berizin OJK hanya boleh menawarkan produk lewat telepon, SMS atau pesan pribadi jika Anda sudah setuju sebelumnya.",
        en: "A financial firm licensed by OJK may offer products by phone, SMS or private message only with your prior consent.",
      },
      check: { kind: "consent" },
      channels: PERSONAL,
      purpose: "marketing",
      sectors: "financial",
      enforcedBy: OJK,
      source: pojk("Pasal 39 ayat (1)"),
      confidence: "H",
      inLaw: { title: "Penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya" },
    },
    {
      id: "ID-OJK-WITHDRAW",
      title: { id: "Tetap menawarkan setelah Anda menarik persetujuan", en: "Offers after you withdrew consent" },
      explanation: {
        id: "Setelah Anda menarik persetujuan atau meminta berhenti, perusahaan jasa keuangan wajib menghentikan penawaran.",
        en: "Once you withdrew your consent or asked them to stop, a financial firm must stop its offers.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: PERSONAL,
      purpose: "marketing",
      sectors: "financial",
      // Withdrawal presupposes consent: never-consented offers after "stop" break Art 39(1).
      afterConsentOf: "ID-OJK-CONSENT",
      enforcedBy: OJK,
      source: pojk("Pasal 39 ayat (3)"),
      confidence: "H",
      inLaw: { title: "Penawaran tetap dilakukan setelah saya meminta berhenti atau menarik persetujuan" },
    },
    {
      id: "ID-OJK-HOURS",
      title: { id: "Di luar hari dan jam yang diizinkan", en: "Outside the allowed days and hours" },
      explanation: {
        id: "Penawaran yang sudah Anda setujui hanya boleh Senin–Sabtu pukul 08.00–18.00 waktu setempat, tidak pada hari libur nasional (cuti bersama bukan hari libur nasional), kecuali Anda meminta atau menyetujui waktu lain.",
        en: "Offers you agreed to are allowed only Monday to Saturday, 08:00–18:00 local time, not on national holidays (cuti bersama days are not national holidays), unless you asked for or agreed to another time.",
      },
      check: { kind: "hours", windows: [{ days: MON_SAT, from: "08:00", to: "18:00" }], holidaysExcluded: true, unlessConsented: false },
      channels: PERSONAL,
      purpose: "marketing",
      sectors: "financial",
      afterConsentOf: "ID-OJK-CONSENT",
      enforcedBy: OJK,
      source: pojk("Pasal 39 ayat (4) huruf a"),
      confidence: "H",
      inLaw: { title: "Penawaran di luar hari dan jam yang diizinkan" },
    },
    {
      id: "ID-OJK-IDENTIFY",
      title: { id: "Tidak menyebut nama perusahaan", en: "Did not say which company" },
      explanation: {
        id: "Sebelum menawarkan, perusahaan wajib menyebut nama dan tujuannya.",
        en: "Before offering, the firm must state its name and purpose.",
      },
      check: { kind: "question", question: "companyNamed" },
      channels: PERSONAL,
      purpose: "marketing",
      sectors: "financial",
      afterConsentOf: "ID-OJK-CONSENT",
      enforcedBy: OJK,
      source: pojk("Pasal 39 ayat (4) huruf b"),
      confidence: "H",
      inLaw: { title: "Tidak menyebutkan nama perusahaan serta maksud dan tujuan sebelum menawarkan" },
    },
    {
      id: "ID-OJK-SOURCE",
      title: { id: "Tidak menyebut dari mana nomor Anda didapat", en: "Did not say where they got your number" },
      explanation: {
        id: "Jika perusahaan mendapat data Anda dari pihak lain, perusahaan wajib menyebut sumbernya.",
        en: "When the firm got your data from someone else, it must say where from.",
      },
      check: { kind: "sourceNotGiven" },
      channels: PERSONAL,
      purpose: "marketing",
      sectors: "financial",
      afterConsentOf: "ID-OJK-CONSENT",
      enforcedBy: OJK,
      source: pojk("Pasal 39 ayat (4) huruf c"),
      confidence: "H",
      inLaw: { title: "Tidak menyebutkan sumber data saya yang diperoleh dari pihak lain" },
    },
    {
      id: "ID-OJK-COLLECT-HOURS",
      title: { id: "Penagihan di luar hari dan jam yang diizinkan", en: "Debt collection outside the allowed days and hours" },
      explanation: {
        id: "Penagihan hanya boleh Senin–Sabtu pukul 08.00–20.00 waktu setempat, tidak pada hari libur nasional, kecuali sudah disetujui atau diperjanjikan dengan konsumen sebelumnya.",
        en: "Debt collection is allowed only Monday to Saturday, 08:00–20:00 local time, not on national holidays, unless agreed with the consumer beforehand.",
      },
      check: { kind: "hours", windows: [{ days: MON_SAT, from: "08:00", to: "20:00" }], holidaysExcluded: true, unlessConsented: true },
      channels: PERSONAL,
      purpose: "collection",
      sectors: "financial",
      enforcedBy: OJK,
      source: pojk("Pasal 62 ayat (2) huruf f dan ayat (3)"),
      confidence: "H",
      inLaw: { title: "Penagihan di luar hari Senin sampai dengan Sabtu pukul 08.00–20.00 atau pada hari libur nasional" },
    },
    {
      id: "ID-OJK-COLLECT-THIRD-PARTY",
      title: { id: "Penagihan kepada orang yang bukan debitur", en: "Debt collection aimed at people who are not the debtor" },
      explanation: {
        id: "Penagihan tidak boleh dilakukan kepada pihak selain konsumen yang berutang: keluarga, rekan kerja, kontak darurat, atau Anda bila utangnya bukan utang Anda.",
        en: "Debts may not be collected from anyone but the consumer who owes them: not family, colleagues, emergency contacts, or you if the debt is not yours.",
      },
      check: { kind: "collectionThirdParty" },
      channels: PERSONAL,
      purpose: "collection",
      sectors: "financial",
      enforcedBy: OJK,
      source: pojk("Pasal 62 ayat (2) huruf c"),
      confidence: "H",
      inLaw: { title: "Penagihan kepada pihak selain konsumen" },
    },
    {
      id: "ID-OJK-COLLECT-THREAT",
      title: { id: "Penagihan dengan ancaman atau mempermalukan", en: "Debt collection with threats or humiliation" },
      explanation: {
        id: "Penagihan tidak boleh memakai ancaman, kekerasan, tindakan yang mempermalukan, atau tekanan fisik maupun verbal.",
        en: "Debt collection may not use threats, violence, humiliation, or physical or verbal pressure.",
      },
      check: { kind: "collectionThreat" },
      channels: PERSONAL,
      purpose: "collection",
      sectors: "financial",
      enforcedBy: OJK,
      source: pojk("Pasal 62 ayat (2) huruf a dan b"),
      confidence: "H",
      inLaw: { title: "Penagihan dengan ancaman, tindakan yang mempermalukan, atau tekanan" },
    },
    {
      id: "ID-PDP-WITHDRAW",
      title: { id: "Data Anda tetap diproses setelah persetujuan ditarik", en: "Your data still used after you withdrew consent" },
      explanation: {
        id: "Setelah Anda menarik persetujuan, pengendali data wajib berhenti memproses data Anda paling lambat 3×24 jam.",
        en: "After you withdraw consent, the data controller must stop processing your data within 3×24 hours.",
      },
      check: { kind: "afterOptOut", grace: { hours: 72 } },
      channels: PERSONAL,
      purpose: "marketing",
      sectors: "any",
      // Which body takes personal-data complaints is unconfirmed.
      enforcedBy: [],
      source: { instrument: "UU 27/2022 (Pelindungan Data Pribadi)", article: "Pasal 9 dan Pasal 40" },
      confidence: "M",
      inLaw: { title: "Data pribadi saya tetap diproses lebih dari 3×24 jam setelah saya menarik persetujuan" },
    },
  ],
  charters: [],
  gaps: [
    {
      id: "ID-KOMINFO-HOURS",
      text: {
        id: "Tidak ditemukan aturan jam kirim untuk SMS promosi dari pengirim yang bukan perusahaan jasa keuangan berizin OJK; jam kirimnya tidak diperiksa.",
        en: "No sending-hours rule was found for promotional SMS from senders that are not financial firms licensed by OJK, so their hours are not checked.",
      },
      confidence: "U",
      onlyWhen: "notFinancial",
    },
    {
      id: "ID-KOMINFO-OPTOUT",
      text: {
        id: "Kewajiban pengirim SMS siaran untuk memberi cara menolak belum dikonfirmasi: Permenkominfo 1/2009 telah diganti pada 2013 dan pasal yang berlaku sekarang belum ditemukan, jadi SMS setelah Anda menolak tidak diperiksa terhadap aturan Kominfo.",
        en: "A broadcast-SMS sender's duty to offer a way to refuse is not confirmed: Permenkominfo 1/2009 was replaced in 2013 and the article in force now has not been found, so SMS after you refused are not checked against Kominfo's rules.",
      },
      confidence: "U",
      channels: ["sms"],
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
        id: "Laporan pelanggaran aturan sektor jasa keuangan oleh perusahaan berizin OJK, misalnya penawaran tanpa persetujuan atau penagihan yang melanggar. Terbuka untuk siapa saja; tidak perlu mengadu ke perusahaan dulu.",
        en: "Reports of breaches of financial-sector rules by OJK-licensed firms, such as offers without consent or unlawful debt collection. Open to anyone; no need to complain to the company first.",
      },
      url: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan",
      channels: [
        { kind: "web", value: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan" },
        { kind: "phone", value: "157" },
        { kind: "whatsapp", value: "081157157157" },
        { kind: "email", value: "konsumen@ojk.go.id" },
      ],
      requiredFields: ["identity", "contact", "firm", "product", "dateOfUse", "chronology", "evidence"],
      companyFirst: false,
      sectors: "financial",
      fitsWhen: { licence: "licensed" },
      source: { instrument: "POJK 31/POJK.07/2020", article: "Pasal 19 ayat (2); POJK 22/2023 Pasal 1 angka 8" },
      confidence: "H",
    },
    {
      id: "ID-OJK-DISPUTE",
      name: "Otoritas Jasa Keuangan (OJK) — Pengaduan Berindikasi Sengketa",
      takes: {
        id: "Fasilitasi sengketa bagi nasabah dengan kerugian materiil paling banyak Rp500 juta (Rp750 juta untuk asuransi umum), setelah perusahaan menanggapi pengaduan Anda; paling lambat 60 hari kerja setelah tanggapan itu.",
        en: "Dispute facilitation for customers with a material loss of up to Rp500 million (Rp750 million for general insurance), after the firm answered your complaint; within 60 working days of that answer.",
      },
      url: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan",
      channels: [{ kind: "web", value: "https://kontak157.ojk.go.id/appkpublicportal/Pengaduan" }],
      requiredFields: ["identity", "idDocument", "contact", "firm", "firmResponse", "signedStatement", "chronology", "evidence", "demand"],
      companyFirst: true,
      sectors: "financial",
      fitsWhen: { licence: "licensed", customersOnly: true, loss: { ceilingRupiah: 500_000_000, ceilingGeneralInsuranceRupiah: 750_000_000 } },
      source: { instrument: "POJK 31/POJK.07/2020", article: "Pasal 10 ayat (4) dan (7)" },
      confidence: "H",
    },
    {
      id: "ID-SATGAS-PASTI",
      name: "Satgas PASTI (Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal)",
      takes: {
        id: "Laporan pinjaman online ilegal, investasi bodong dan penagihan oleh pihak yang tidak berizin OJK (di luar POJK 22/2023), melalui Kontak OJK 157 atau email.",
        en: "Reports of illegal online lenders, fake investments and debt collection by parties not licensed by OJK (outside POJK 22/2023), through Kontak OJK 157 or email.",
      },
      url: "https://www.ojk.go.id",
      channels: [
        { kind: "phone", value: "157" },
        { kind: "whatsapp", value: "081157157157" },
        { kind: "email", value: "satgaspasti@ojk.go.id" },
      ],
      requiredFields: ["identity", "contact", "senderNumber", "chronology", "evidence"],
      companyFirst: false,
      sectors: "financial",
      fitsWhen: { licence: "unlicensed" },
      confidence: "M",
      complaint: {
        language: "id",
        addressee: ["Kepada Yth.", "Satuan Tugas Pemberantasan Aktivitas Keuangan Ilegal (Satgas PASTI)", "melalui Kontak OJK 157 / satgaspasti@ojk.go.id"],
        subject: "Laporan dugaan aktivitas keuangan ilegal oleh {sender}",
        demand:
          "Saya memohon Satgas PASTI memeriksa apakah pengirim ini berizin OJK dan, bila tidak, mengambil tindakan yang diperlukan, termasuk pemblokiran nomor dan layanannya.",
      },
    },
    {
      id: "ID-IASC",
      name: "Indonesia Anti-Scam Centre (IASC)",
      takes: {
        id: "Laporan penipuan yang membuat Anda kehilangan uang: identitas Anda, nomor dan rekening pihak yang dilaporkan, kronologi, jumlah kerugian, bukti transfer dan tangkapan layar percakapan.",
        en: "Reports of scams in which you lost money: your identity, the reported party's number and account, the chronology, the amount lost, transfer proof and chat screenshots.",
      },
      url: "https://iasc.ojk.go.id",
      channels: [{ kind: "web", value: "https://iasc.ojk.go.id" }],
      requiredFields: ["identity", "idDocument", "contact", "senderNumber", "chronology", "evidence"],
      companyFirst: false,
      sectors: "any",
      fitsWhen: { licence: "unlicensed", loss: { onlyOnceAnswered: true } },
      source: { instrument: "iasc.ojk.go.id", article: "formulir laporan" },
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
      companyFirst: false,
      sectors: "any",
      source: { instrument: "Permenkominfo 5/2021", article: "(cited by Kominfo; article not given)" },
      confidence: "M",
      complaint: {
        language: "id",
        addressee: ["Kepada Yth.", "Kementerian Komunikasi dan Digital (Komdigi)", "Layanan aduannomor.id"],
        subject: "Laporan nomor {sender}",
        demand: "Saya memohon nomor ini diverifikasi dan, bila terbukti digunakan untuk spam atau penipuan, diblokir.",
        // The portal's order: the number and its category, the reporter, the chronology, the evidence.
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
      companyFirst: true,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "id",
        addressee: ["Kepada Yth.", "Yayasan Lembaga Konsumen Indonesia (YLKI)", "di Jakarta"],
        subject: "Pengaduan konsumen terhadap {company}",
        demand:
          "Saya memohon bantuan YLKI agar pengirim menghentikan penawaran kepada saya, menjelaskan dari mana memperoleh nomor saya, dan menghapus data pribadi saya.",
      },
    },
    {
      id: "ID-BPKN",
      name: "Badan Perlindungan Konsumen Nasional (BPKN)",
      takes: {
        id: "Pengaduan konsumen (memberi saran kepada pemerintah; tidak memutus sengketa).",
        en: "Consumer complaints (advises the government; does not decide disputes).",
      },
      url: "https://bpkn.go.id",
      channels: [{ kind: "phone", value: "153" }],
      requiredFields: ["identity", "contact", "chronology"],
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
    // Which body takes personal-data complaints is unconfirmed.
    escalateTo: null,
    confidence: "M",
  },
};
