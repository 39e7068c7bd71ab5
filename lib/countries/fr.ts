import type { CountryPack } from "./types";

const D223_9 = { instrument: "Code de la consommation", article: "art. D223-9 (décret 2022-1313)", url: "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000046421823" };
const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * France. Facts and grades: ../shared/domain/regulators.md §2. The often-quoted "SMS Monday to
 * Saturday 08:00–20:00" has no primary source and is not encoded; the AF2M charter is (M).
 */
export const france: CountryPack = {
  country: "FR",
  holidayCalendar: "FR",
  complaintDeadlines: [],
  rules: [
    {
      id: "FR-CALL-HOURS",
      title: { id: "Telepon pemasaran di luar jam yang diizinkan", en: "Sales calls outside the allowed hours" },
      explanation: {
        id: "Telepon pemasaran hanya boleh Senin–Jumat pukul 10.00–13.00 dan 14.00–20.00, tidak pada akhir pekan atau hari libur, kecuali Anda setuju sebelumnya. {count} telepon di luar waktu itu.",
        en: "Sales calls are allowed only Monday to Friday 10:00–13:00 and 14:00–20:00, never at weekends or on public holidays, unless you agreed beforehand. {count} calls came outside that.",
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
      sectors: "any",
      source: D223_9,
      confidence: "H",
      inLaw: { title: "Appels de prospection en dehors des jours et horaires autorisés" },
    },
    {
      id: "FR-CALL-FREQ",
      title: { id: "Terlalu sering ditelepon", en: "Called too often" },
      explanation: {
        id: "Satu perusahaan tidak boleh menelepon lebih dari {max} kali dalam {days} hari. {count} telepon melewati batas itu.",
        en: "One company may not call more than {max} times in {days} days. {count} calls went over that limit.",
      },
      check: { kind: "frequency", max: 4, windowDays: 30 },
      channels: ["call"],
      sectors: "any",
      source: D223_9,
      confidence: "H",
      inLaw: { title: "Appels de prospection trop fréquents" },
    },
    {
      id: "FR-SMS-CONSENT",
      title: { id: "SMS pemasaran tanpa persetujuan", en: "Marketing SMS without consent" },
      explanation: {
        id: "SMS pemasaran memerlukan persetujuan Anda sebelumnya (kecuali pelanggan lama untuk produk serupa). Anda mencatat {count} SMS yang tidak pernah Anda setujui.",
        en: "Marketing SMS need your prior consent (except existing customers, for similar products). You logged {count} SMS you never agreed to.",
      },
      check: { kind: "consent" },
      channels: ["sms"],
      sectors: "any",
      source: { instrument: "Code des postes et des communications électroniques", article: "art. L34-5", url: "https://www.cnil.fr/fr/la-prospection-commerciale-par-sms-mms" },
      confidence: "H",
      inLaw: { title: "Prospection par SMS sans consentement préalable" },
    },
    {
      id: "FR-SMS-ID-OPTOUT",
      title: { id: "SMS tetap dikirim setelah STOP", en: "SMS kept coming after STOP" },
      explanation: {
        id: "Setiap SMS pemasaran harus menawarkan cara berhenti yang gratis, dan STOP harus dihormati. {count} SMS datang setelah Anda membalas STOP.",
        en: "Every marketing SMS must offer a free way to opt out, and STOP must be honoured. {count} SMS came after you replied STOP.",
      },
      check: { kind: "afterOptOut", grace: { hours: 0 } },
      channels: ["sms"],
      sectors: "any",
      source: { instrument: "CNIL; DGCCRF", article: "opposition (STOP SMS)", url: "https://www.cnil.fr/fr/la-prospection-commerciale-par-sms-mms" },
      confidence: "M",
      inLaw: { title: "SMS de prospection reçus après une demande STOP" },
    },
    {
      id: "FR-SMS-HOURS",
      title: { id: "SMS di luar jam kerja (piagam operator)", en: "SMS outside working hours (operators' charter)" },
      explanation: {
        id: "Piagam AF2M yang mengikat para penandatangannya membatasi SMS pemasaran pada hari kerja pukul 08.00–22.00. {count} SMS di luar waktu itu.",
        en: "The AF2M charter, binding on its signatories, limits marketing SMS to working days 08:00–22:00. {count} SMS came outside that.",
      },
      check: { kind: "hours", windows: [{ days: WEEKDAYS, from: "08:00", to: "22:00" }], holidaysExcluded: true, unlessConsented: false },
      channels: ["sms"],
      sectors: "any",
      source: { instrument: "AF2M, charte Business Messaging", article: "en vigueur 1er septembre 2024", url: "https://www.af2m.org" },
      confidence: "M",
      inLaw: { title: "SMS de prospection en dehors des jours ouvrés, 8 h–22 h (charte AF2M)" },
    },
  ],
  gaps: [],
  regulators: [
    {
      id: "FR-33700",
      name: "33700 (AF2M)",
      takes: { id: "SMS spam atau penipuan: teruskan SMS tanpa komentar ke 33700 (gratis).", en: "Spam or fraud SMS: forward the SMS without comment to 33700 (free)." },
      url: "https://www.33700.fr",
      channels: [
        { kind: "sms", value: "33700" },
        { kind: "web", value: "https://www.33700.fr" },
      ],
      requiredFields: ["senderNumber", "dateTime", "messageText"],
      reportsViolations: false,
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
      reportsViolations: false,
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "fr",
        addressee: ["Bloctel", "Service de réclamation"],
        subject: "Réclamation : démarchage téléphonique par {company}",
        demand: "Je demande que ce professionnel soit rappelé à ses obligations et cesse de m'appeler.",
        // The réclamation form: the call (date and time, caller's number, company, purpose), then you (regulators.md §2b).
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
        id: "Pengaduan data pribadi, setelah Anda menggunakan hak Anda kepada organisasinya dan menunggu 1 bulan.",
        en: "Personal-data complaints, after you exercised your rights with the organisation and waited 1 month.",
      },
      url: "https://www.cnil.fr/fr/adresser-une-plainte",
      channels: [{ kind: "web", value: "https://www.cnil.fr/fr/adresser-une-plainte" }],
      requiredFields: ["identity", "contact", "firm", "firmResponse", "evidence"],
      reportsViolations: true,
      companyFirst: true,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "fr",
        addressee: ["Commission nationale de l'informatique et des libertés (CNIL)", "Service des plaintes"],
        subject: "Plainte : prospection non sollicitée par {company}",
        demand: "Je demande à la CNIL d'intervenir afin que cet organisme cesse toute prospection à mon égard, m'indique l'origine de mes données et les efface.",
        // The complaint asks for you, the organisation, the steps already taken and their replies (regulators.md §2b).
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
      takes: { id: "Pelanggaran aturan telepon pemasaran.", en: "Breaches of the calling rules." },
      url: "https://signal.conso.gouv.fr",
      channels: [{ kind: "web", value: "https://signal.conso.gouv.fr" }],
      requiredFields: ["firm", "dateTime", "chronology"],
      reportsViolations: true,
      companyFirst: false,
      sectors: "any",
      confidence: "U",
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
