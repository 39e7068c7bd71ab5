import type { CountryPack } from "./types";

const D223_9 = {
  instrument: "Code de la consommation",
  article: "art. D223-9 (décret 2022-1313)",
  url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046421823",
};
const WEEKDAYS = [1, 2, 3, 4, 5];
/** D223-9 is enforced by the DGCCRF; L34-5 and the GDPR by the CNIL (audit finding 8). */
const DGCCRF = ["FR-SIGNALCONSO"];
const CNIL = ["FR-CNIL"];

/**
 * France. Each rule carries its source and grade (docs/decisions/0007). The often-quoted
 * "SMS Monday to Saturday 08:00–20:00" has no primary source and is not encoded; the AF2M charter
 * is a contract, not law: information only.
 */
export const france: CountryPack = {
  country: "FR",
  holidays: { dateHolidays: "FR" },
  complaintDeadlines: [],
  rules: [
    {
      id: "FR-CALL-HOURS",
      title: { id: "Telepon pemasaran di luar jam yang diizinkan", en: "Sales calls outside the allowed hours" },
      explanation: {
        id: "Telepon pemasaran hanya boleh Senin–Jumat pukul 10.00–13.00 dan 14.00–20.00, tidak pada akhir pekan atau hari libur, kecuali Anda setuju sebelumnya secara tegas.",
        en: "Sales calls are allowed only Monday to Friday 10:00–13:00 and 14:00–20:00, never at weekends or on public holidays, unless you expressly agreed beforehand.",
      },
      check: {
        kind: "hours",
        windows: [
          { days: WEEKDAYS, from: "10:00", to: "13:00" },
          { days: WEEKDAYS, from: "14:00", to: "20:00" },
        ],
        holidaysExcluded: true,
        unlessConsented: true,
      },
      channels: ["call"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: DGCCRF,
      source: D223_9,
      confidence: "H",
      inLaw: { title: "Appels de prospection en dehors des jours et horaires autorisés" },
    },
    {
      id: "FR-CALL-FREQ",
      title: { id: "Terlalu sering ditelepon", en: "Called too often" },
      explanation: {
        id: "Satu perusahaan tidak boleh menelepon atau mencoba menelepon lebih dari 4 kali dalam 30 hari kalender.",
        en: "One company may not call, or try to call, more than 4 times in 30 calendar days.",
      },
      check: { kind: "frequency", max: 4, calendarDays: 30 },
      channels: ["call"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: DGCCRF,
      source: D223_9,
      confidence: "H",
      inLaw: { title: "Plus de quatre appels ou tentatives d'appel en trente jours calendaires" },
    },
    {
      id: "FR-CALL-REFUSAL",
      title: { id: "Ditelepon lagi dalam 60 hari setelah Anda menolak", en: "Called again within 60 days of your refusal" },
      explanation: {
        id: "Setelah Anda menolak saat ditelepon, perusahaan itu tidak boleh menghubungi Anda lagi selama 60 hari kalender.",
        en: "Once you refused during a call, that company may not contact you again for 60 calendar days.",
      },
      // The refusal's own date is counted as the first of the 60: the narrower reading.
      check: { kind: "afterPhoneRefusal", calendarDays: 60 },
      channels: ["call"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: DGCCRF,
      source: D223_9,
      confidence: "H",
      inLaw: { title: "Nouvelle sollicitation dans les soixante jours suivant mon refus exprimé au cours d'un appel" },
    },
    {
      id: "FR-SMS-CONSENT",
      title: { id: "SMS pemasaran tanpa persetujuan", en: "Marketing SMS without consent" },
      explanation: {
        id: "SMS pemasaran memerlukan persetujuan Anda sebelumnya (kecuali pelanggan lama untuk produk serupa).",
        en: "Marketing SMS need your prior consent (except existing customers, for similar products).",
      },
      check: { kind: "consent" },
      channels: ["sms"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: CNIL,
      source: {
        instrument: "Code des postes et des communications électroniques",
        article: "art. L34-5",
        url: "https://www.cnil.fr/fr/la-prospection-commerciale-par-sms-mms",
      },
      confidence: "H",
      inLaw: { title: "Prospection par SMS sans consentement préalable" },
    },
    {
      id: "FR-SMS-ID-OPTOUT",
      title: { id: "SMS tetap dikirim setelah STOP", en: "SMS kept coming after STOP" },
      explanation: {
        id: "Setiap SMS pemasaran harus menawarkan cara berhenti yang gratis, dan penolakan Anda terhadap pemasaran harus dihormati.",
        en: "Every marketing SMS must offer a free way to opt out, and your objection to marketing must be honoured.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: ["sms"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: CNIL,
      source: {
        instrument: "CPCE art. L34-5; RGPD (UE) 2016/679",
        article: "art. L34-5 ; art. 21",
        url: "https://www.cnil.fr/fr/la-prospection-commerciale-par-sms-mms",
      },
      confidence: "M",
      inLaw: { title: "SMS de prospection reçus après mon opposition (STOP)" },
    },
  ],
  charters: [
    {
      id: "FR-SMS-HOURS",
      title: { id: "SMS di luar jam piagam operator (bukan hukum)", en: "SMS outside the operators' charter hours (not law)" },
      explanation: {
        id: "Piagam AF2M, yang mengikat penandatangannya secara kontrak, membatasi SMS pemasaran pada hari kerja (Senin–Sabtu kecuali hari libur) pukul 08.00–22.00. Ini bukan hukum: tidak termasuk aturan yang dilanggar dan tidak dimasukkan ke surat.",
        en: "The AF2M charter, binding on its signatories by contract, limits marketing SMS to working days (Monday to Saturday except holidays) 08:00–22:00. It is not law: not a rule broken, and not put in letters.",
      },
      check: { kind: "hours", windows: [{ days: [1, 2, 3, 4, 5, 6], from: "08:00", to: "22:00" }], holidaysExcluded: true, unlessConsented: false },
      channels: ["sms"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: [],
      source: { instrument: "AF2M, charte Business Messaging", article: "en vigueur 1er septembre 2024", url: "https://www.af2m.org" },
      confidence: "M",
      inLaw: { title: "SMS de prospection en dehors des jours ouvrables, 8 h–22 h (charte AF2M)" },
    },
  ],
  gaps: [
    {
      id: "FR-BLOCTEL",
      text: {
        id: "Telepon pemasaran ke nomor yang terdaftar di Bloctel dilarang kecuali ada kontrak berjalan (Code de la consommation L223-1), tetapi Spamtrail tidak tahu apakah nomor Anda terdaftar; ini tidak diperiksa.",
        en: "Sales calls to a number registered with Bloctel are banned unless there is a current contract (Code de la consommation L223-1), but Spamtrail does not know whether yours is registered, so this is not checked.",
      },
      confidence: "M",
      channels: ["call"],
    },
    {
      id: "FR-OPTIN-2026",
      text: {
        id: "Sejak 11 Agustus 2026, setiap telepon pemasaran memerlukan persetujuan Anda sebelumnya, kecuali dalam kontrak yang berjalan (undang-undang 30 Juni 2025; nomornya belum dikonfirmasi). Spamtrail belum memeriksa aturan ini.",
        en: "Since 11 August 2026 every sales call needs your prior consent, except under a current contract (law of 30 June 2025; its number is unconfirmed). Spamtrail does not check this rule yet.",
      },
      confidence: "M",
      channels: ["call"],
    },
  ],
  regulators: [
    {
      id: "FR-33700",
      name: "33700 (AF2M)",
      takes: {
        id: "SMS spam atau penipuan: teruskan SMS tanpa komentar ke 33700 (gratis).",
        en: "Spam or fraud SMS: forward the SMS without comment to 33700 (free).",
      },
      url: "https://www.33700.fr",
      channels: [
        { kind: "sms", value: "33700" },
        { kind: "web", value: "https://www.33700.fr" },
      ],
      requiredFields: ["senderNumber", "dateTime", "messageText"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
    },
    {
      id: "FR-BLOCTEL",
      name: "Bloctel",
      takes: { id: "Pengaduan telepon pemasaran ke nomor yang terdaftar di Bloctel.", en: "Complaints about sales calls to numbers registered with Bloctel." },
      url: "https://www.bloctel.gouv.fr",
      channels: [{ kind: "web", value: "https://www.bloctel.gouv.fr" }],
      requiredFields: ["dateTime", "contact", "senderNumber", "firm", "chronology"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "fr",
        addressee: ["Bloctel", "Service de réclamation"],
        subject: "Réclamation : démarchage téléphonique par {company}",
        demand: "Je demande que ce professionnel soit rappelé à ses obligations et cesse de m'appeler.",
        // The réclamation form: the call (date and time, caller's number, company, purpose), then you.
        portal: {
          url: "https://www.bloctel.gouv.fr",
          steps: [
            { name: { id: "telepon itu", en: "the call" }, fields: ["chronology", "senderNumber", "company", "product"] },
            { name: { id: "data Anda", en: "your details" }, fields: ["phone", "complainantName", "email"] },
          ],
        },
      },
    },
    {
      id: "FR-CNIL",
      name: "CNIL",
      takes: {
        id: "Pengaduan data pribadi dan SMS pemasaran tanpa persetujuan, setelah Anda menggunakan hak Anda kepada organisasinya dan menunggu 1 bulan.",
        en: "Complaints about personal data and marketing SMS without consent, after you exercised your rights with the organisation and waited 1 month.",
      },
      url: "https://www.cnil.fr/fr/adresser-une-plainte",
      channels: [{ kind: "web", value: "https://www.cnil.fr/fr/adresser-une-plainte" }],
      requiredFields: ["identity", "contact", "firm", "firmResponse", "evidence"],
      companyFirst: true,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "fr",
        addressee: ["Commission nationale de l'informatique et des libertés (CNIL)", "Service des plaintes"],
        subject: "Plainte : prospection non sollicitée par {company}",
        demand:
          "Je demande à la CNIL d'intervenir afin que cet organisme cesse toute prospection à mon égard, m'indique l'origine de mes données et les efface.",
        // The complaint asks for you, the organisation, the steps already taken and their replies (the body's own form).
        portal: {
          url: "https://www.cnil.fr/fr/adresser-une-plainte",
          steps: [
            { name: { id: "data Anda", en: "your details" }, fields: ["complainantName", "address", "phone", "email"] },
            { name: { id: "organisasinya", en: "the organisation" }, fields: ["company", "senderNumber"] },
            { name: { id: "keluhan Anda", en: "your complaint" }, fields: ["chronology", "stepsTaken", "rulesBroken", "demand"] },
            { name: { id: "lampiran", en: "attachments" }, fields: ["evidenceList"] },
          ],
        },
      },
    },
    {
      id: "FR-SIGNALCONSO",
      name: "SignalConso (DGCCRF)",
      takes: {
        id: "Pelanggaran aturan telepon pemasaran (hari, jam, frekuensi, 60 hari setelah penolakan).",
        en: "Breaches of the calling rules (days, hours, frequency, 60 days after a refusal).",
      },
      url: "https://signal.conso.gouv.fr",
      channels: [{ kind: "web", value: "https://signal.conso.gouv.fr" }],
      requiredFields: ["firm", "dateTime", "chronology"],
      companyFirst: false,
      sectors: "any",
      // The DGCCRF enforces D223-9 (audit finding 8); the web form's exact fields are unconfirmed.
      confidence: "U",
      complaint: {
        language: "fr",
        addressee: ["Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF)", "SignalConso"],
        subject: "Signalement : démarchage téléphonique par {company}",
        demand: "Je demande à la DGCCRF d'intervenir auprès de ce professionnel afin qu'il respecte les règles encadrant le démarchage téléphonique.",
      },
    },
  ],
  dataRequest: {
    id: "GDPR-REQUEST",
    language: "fr",
    law: { instrument: "GDPR (Regulation (EU) 2016/679)", article: "Art. 12(3), 15, 17 and 21", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
    answerWithin: { months: 1 },
    escalateTo: "CNIL",
    confidence: "M",
  },
};
