import { COUNTRY_REGIONS } from "./regions";
import type { CountryPack } from "./types";

/** Art 96.2 is enforced by consumer authorities (IGCC in Galicia); LSSI, LGTel and the GDPR by the AEPD (audit finding 8). */
const CONSUMER_AUTHORITY = ["ES-IGCC"];
const AEPD = ["ES-AEPD"];

/**
 * Spain. Each rule carries its source and grade (docs/decisions/0007). The 2025 customer-service law's
 * 15-day reply duty has adaptation periods of unknown length, and the 1-month wait is regional
 * practice (graded M and U), so no complaint deadline is encoded until confirmed.
 */
export const spain: CountryPack = {
  country: "ES",
  holidays: { dateHolidays: "ES", regions: COUNTRY_REGIONS.ES },
  complaintDeadlines: [],
  rules: [
    {
      id: "ES-CALL-HOURS",
      title: { id: "Telepon komersial di luar jam yang diizinkan", en: "Commercial calls outside the allowed hours" },
      explanation: {
        id: "Telepon komersial hanya boleh Senin–Jumat pukul 09.00–21.00, tidak pada akhir pekan atau hari libur.",
        en: "Commercial calls are allowed only Monday to Friday 09:00–21:00, never at weekends or on holidays.",
      },
      check: { kind: "hours", windows: [{ days: [1, 2, 3, 4, 5], from: "09:00", to: "21:00" }], holidaysExcluded: true, unlessConsented: false },
      channels: ["call"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: CONSUMER_AUTHORITY,
      source: { instrument: "TRLGDCU (RDLeg 1/2007)", article: "art. 96.2" },
      confidence: "M",
      inLaw: { title: "Llamadas comerciales fuera de los días y horas permitidos" },
    },
    {
      id: "ES-CALL-CONSENT",
      title: { id: "Telepon komersial tanpa persetujuan", en: "Commercial calls without consent" },
      explanation: {
        id: "Telepon komersial yang tidak diinginkan memerlukan persetujuan atau dasar hukum lain.",
        en: "Unwanted commercial calls need consent or another legal basis.",
      },
      check: { kind: "consent" },
      channels: ["call"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: AEPD,
      source: { instrument: "Ley 11/2022 General de Telecomunicaciones", article: "art. 66.1.b" },
      confidence: "M",
      inLaw: { title: "Llamadas comerciales no deseadas sin consentimiento" },
    },
    {
      id: "ES-SMS-CONSENT",
      title: { id: "SMS komersial tanpa persetujuan", en: "Commercial SMS without consent" },
      explanation: {
        id: "SMS komersial yang tidak diminta atau tidak disetujui secara tegas dilarang (kecuali pelanggan dengan kontrak sebelumnya).",
        en: "Commercial SMS not requested or expressly authorised are banned (apart from customers with a prior contract).",
      },
      check: { kind: "consent" },
      channels: ["sms"],
      purpose: "marketing",
      sectors: "any",
      enforcedBy: AEPD,
      source: { instrument: "Ley 34/2002 (LSSI)", article: "art. 21" },
      confidence: "M",
      inLaw: { title: "Comunicaciones comerciales por SMS no solicitadas ni autorizadas" },
    },
  ],
  charters: [],
  gaps: [
    {
      id: "ES-OPTOUT-ROBINSON",
      text: {
        id: "Spamtrail tidak memeriksa kiriman setelah Anda menolak (LSSI pasal 21.2 dan 22.1) maupun apakah Anda terdaftar di Lista Robinson (LOPDGDD pasal 23.4).",
        en: "Spamtrail does not check messages after you opted out (LSSI arts 21.2 and 22.1), nor whether you are on the Lista Robinson (LOPDGDD art 23.4).",
      },
      confidence: "M",
    },
    {
      id: "ES-REGIONAL-HOLIDAYS",
      text: {
        id: "Hari libur daerah (misalnya Galicia) juga bukan hari untuk telepon komersial. Atur wilayah Anda di profil agar hari itu ikut diperiksa.",
        en: "Regional holidays (Galicia's, for example) are no days for commercial calls either. Set your region in your profile so they are checked too.",
      },
      confidence: "M",
      onlyWhen: "regionUnset",
      channels: ["call"],
    },
  ],
  regulators: [
    {
      id: "ES-AEPD",
      name: "Agencia Española de Protección de Datos (AEPD)",
      takes: {
        id: "Pengaduan elektronik atas telepon dan pesan komersial yang tidak diinginkan.",
        en: "Electronic complaints about unwanted commercial calls and messages.",
      },
      url: "https://sede.aepd.gob.es",
      channels: [{ kind: "web", value: "https://sede.aepd.gob.es" }],
      requiredFields: ["identity", "registrationProof", "senderNumber", "dateTime", "firm", "evidence"],
      companyFirst: false,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "es",
        addressee: ["Agencia Española de Protección de Datos (AEPD)"],
        subject: "Reclamación por comunicaciones comerciales no deseadas de {company}",
        demand:
          "Solicito que la AEPD investigue estos hechos y, en su caso, sancione al responsable, y que cesen las comunicaciones comerciales dirigidas a mí.",
        // Caller number, date and time, company, evidence, and proof of the Robinson list if registered (the body's own form).
        portal: {
          url: "https://sede.aepd.gob.es",
          steps: [
            { name: { id: "data Anda", en: "your details" }, fields: ["complainantName", "address", "email"] },
            { name: { id: "perusahaannya", en: "the company" }, fields: ["company", "senderNumber"] },
            { name: { id: "fakta", en: "the facts" }, fields: ["chronology", "rulesBroken", "stepsTaken", "demand"] },
            { name: { id: "dokumen", en: "documents" }, fields: ["evidenceList"] },
          ],
        },
      },
    },
    {
      id: "ES-IGCC",
      name: "Instituto Galego de Consumo e da Competencia (IGCC)",
      takes: {
        id: "Pengaduan konsumen di Galicia, setelah mengadu ke perusahaan dan menunggu jawabannya (umumnya 1 bulan).",
        en: "Consumer complaints in Galicia, after complaining to the company and waiting for its reply (generally 1 month).",
      },
      url: "https://consumo.xunta.gal",
      channels: [
        { kind: "web", value: "https://consumo.xunta.gal" },
        { kind: "phone", value: "900 23 11 23" },
      ],
      requiredFields: ["identity", "address", "firm", "firmResponse", "chronology", "evidence"],
      companyFirst: true,
      sectors: "any",
      confidence: "M",
      complaint: {
        language: "es",
        addressee: ["Instituto Galego de Consumo e da Competencia (IGCC)"],
        subject: "Reclamación de consumo contra {company}",
        demand: "Solicito la mediación del IGCC para que la empresa cese sus comunicaciones comerciales, me indique de dónde obtuvo mis datos y los suprima.",
      },
    },
  ],
  dataRequest: {
    id: "GDPR-REQUEST",
    language: "es",
    law: { instrument: "GDPR (Regulation (EU) 2016/679)", article: "Art. 12(3), 15, 17 and 21", url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj" },
    answerWithin: { months: 1 },
    escalateTo: "AEPD",
    confidence: "M",
  },
};
