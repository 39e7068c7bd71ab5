import en from "@/messages/en.json";
import id from "@/messages/id.json";
import type { LetterLanguage } from "../countries/types";
import type { Category, Channel, ExchangeChannel } from "../domain";
import type { Direction } from "./bidi";

export type Strength = "broke" | "mayHave";

/** "1 contact", "2 contacts": the singular where the locale's plural rules say "one" (French: 0 and 1 too). */
const counted = (locale: string, one: string, other: string) => {
  const rules = new Intl.PluralRules(locale);
  return (count: number) => `${count} ${rules.select(count) === "one" ? one : other}`;
};

/** Lower-cases a title's first letter to run it on in a sentence, unless it starts an acronym ("UU", "SMS"). */
export const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

const list = (dates: readonly string[]) => dates.join("; ");
const enCount = (count: number, one: string, other: string) => counted("en", one, other)(count);
const frCount = (count: number, one: string, other: string) => counted("fr", one, other)(count);
const esCount = (count: number, one: string, other: string) => counted("es", one, other)(count);

/**
 * The words of a letter in one language: its formal frame, and the phrases the chronology,
 * the steps taken and the evidence list are written with. Indonesian and English take their
 * vocabulary from the interface messages.
 */
export type Phrases = {
  locale: string;
  direction: Direction;
  channel: Record<Channel, string>;
  exchangeChannel: Record<ExchangeChannel, string>;
  category: Record<Category, string>;
  labels: {
    subject: string;
    to: string;
    salutation: string;
    closing: string;
    signOff: string;
    intro: string;
    name: string;
    idNumber: string;
    address: string;
    phone: string;
    email: string;
  };
  sections: { product: string; chronology: string; rulesBroken: string; stepsTaken: string; demand: string; evidenceList: string };
  /** "… complain about … from {who}": the sentence after the identity block. */
  statement: (who: string) => string;
  /** Before a quotation: ": ", or " : " in French. */
  colon: string;
  /** Quotation marks around what the sender or the user wrote. */
  quotes: [open: string, close: string];
  message: (channel: string, sender: string, text: string | null) => string;
  call: (sender: string, answered: boolean, offer: string | null) => string;
  wrote: (who: string, via: string, complaint: boolean) => string;
  replied: (who: string, via: string) => string;
  ticket: (reference: string) => string;
  notContacted: string;
  contacted: (count: number, first: string, via: string) => string;
  answered: (count: number, last: string) => string;
  noAnswer: string;
  tickets: (list: string) => string;
  /** The legal basis of a rule: "POJK 22/2023 Pasal 39 ayat (1)", "Code …, art. L34-5". */
  citation: (instrument: string, article: string) => string;
  /** How many contacts, plural right: "1 contact", "2 contacts" (Indonesian has one form, Hebrew gets a neutral one). */
  contacts: (count: number) => string;
  /**
   * A rule in "rules broken", named in the words of its law: stated when the facts and the source
   * are certain, worded as a possible breach otherwise, so a letter never asserts what is not.
   */
  rule: (title: string, citation: string, strength: Strength) => string;
  /** The contacts a rule concerns, with their dates. */
  concerned: (count: number, dates: readonly string[]) => string;
  /** A fact said under the breach it aggravates (POJK 22/2023 Art 39(4) on a never-consented offer), never a breach of its own. */
  also: (title: string, citation: string, count: number, dates: readonly string[]) => string;
  /** After a contact's date when it rests on something uncertain: the user's own doubt about consent, an unconfirmed holiday, an unknown number source. */
  unsure: { consent: string; holiday: string; numberSource: string };
  exhibit: (number: number) => string;
  file: string;
  uploaded: string;
  evidence: (number: number, name: string, uploaded: string, hash: string) => string;
  /** The timeline entry when the user records the filing. */
  filed: (body: string) => string;
  /** An advocate's collective complaint about one sender, from all its public reports. */
  collective: {
    subject: (sender: string) => string;
    intro: string;
    statement: (sender: string, people: number, reports: number, cases: number, from: string, to: string) => string;
    figures: string;
    about: (categories: string, channels: string) => string;
    rules: string;
    rule: (title: string, cases: number, reports: number, citation: string) => string;
    support: string;
    supportLine: (cases: number, hours: string, redirected: number, resolved: number) => string;
    reports: string;
    demand: string;
    privacy: string;
  };
};

const id_: Phrases = {
  collective: {
    subject: (sender) => `Pengaduan kolektif atas pesan dan telepon dari ${sender}`,
    intro: "Saya yang bertanda tangan di bawah ini, atas nama para konsumen yang melaporkannya melalui Spamtrail,",
    statement: (sender, people, reports, cases, from, to) =>
      `menyampaikan pengaduan kolektif atas ${sender}: ${people} orang melaporkan ${reports} pesan dan telepon dalam ${cases} kasus, antara ${from} dan ${to}.`,
    figures: "Ringkasan",
    about: (categories, channels) => `Jenis penawaran: ${categories}. Saluran: ${channels}.`,
    rules: "Ketentuan yang dilanggar",
    rule: (title, cases, reports, citation) => `${title}: ${cases} kasus, ${reports} laporan. Dasar hukum: ${citation}.`,
    support: "Tanggapan layanan pelanggan",
    supportLine: (cases, hours, redirected, resolved) =>
      `Dari ${cases} kasus dengan percakapan: median balasan pertama ${hours} jam; ${redirected} kasus dialihkan ke tempat lain; ${resolved} kasus selesai.`,
    reports: "Daftar laporan (waktu setempat penerima; data pribadi disembunyikan)",
    demand: "Kami memohon agar pengirim ini diperiksa dan dikenai sanksi sesuai ketentuan, serta diminta menghentikan penawaran tanpa persetujuan.",
    privacy: "Identitas para pelapor tidak dicantumkan; pelapor yang bersedia dapat dihubungi melalui kami.",
  },
  quotes: ["“", "”"],
  colon: ": ",
  locale: "id-ID",
  direction: "ltr",
  channel: id.channel,
  exchangeChannel: id.exchangeChannel,
  category: id.category,
  labels: {
    subject: "Perihal",
    to: "Kepada Yth.",
    salutation: "Dengan hormat,",
    closing: "Demikian pengaduan ini saya sampaikan dengan sebenar-benarnya. Atas perhatian dan tindak lanjut Bapak/Ibu, saya ucapkan terima kasih.",
    signOff: "Hormat saya,",
    intro: "Saya yang bertanda tangan di bawah ini:",
    name: "Nama",
    idNumber: "NIK",
    address: "Alamat",
    phone: "Telepon",
    email: "Email",
  },
  sections: {
    product: "Produk yang ditawarkan",
    chronology: "Kronologi",
    rulesBroken: "Ketentuan yang dilanggar",
    stepsTaken: "Upaya yang telah dilakukan",
    demand: "Permohonan",
    evidenceList: "Daftar lampiran",
  },
  statement: (who) => `dengan ini menyampaikan pengaduan atas pesan dan telepon yang tidak saya kehendaki dari ${who}.`,
  message: (channel, sender, text) => `${channel} dari ${sender}${text ? `: ${text}` : ""}`,
  call: (sender, answered, offer) => `${id.channel.call} dari ${sender}${answered ? "" : " (tidak diangkat)"}${offer ? `, menawarkan ${offer}` : ""}`,
  wrote: (who, via, complaint) => `Saya ${complaint ? "mengirim pengaduan" : "menulis"} melalui ${via} kepada ${who}`,
  replied: (who, via) => `${who} membalas melalui ${via}`,
  ticket: (reference) => ` (tiket ${reference})`,
  notContacted: "Saya belum menghubungi pengirim.",
  contacted: (count, first, via) => `Saya telah menghubungi pengirim sebanyak ${count} kali, pertama pada ${first} melalui ${via}.`,
  answered: (count, last) => `Pengirim membalas ${count} kali; balasan terakhir pada ${last}.`,
  noAnswer: "Pengirim tidak membalas.",
  tickets: (list) => `Nomor tiket: ${list}.`,
  citation: (instrument, article) => `${instrument} ${article}`,
  contacts: (count) => `${count} kontak`,
  rule: (title, citation, strength) =>
    strength === "broke" ? `${title}. Dasar hukum: ${citation}.` : `Dugaan ${lowerFirst(title)}. Hal ini kemungkinan melanggar ketentuan ${citation}.`,
  concerned: (count, dates) => `${count} kontak terkait: ${list(dates)}.`,
  also: (title, citation, count, dates) => `Selain itu, ${lowerFirst(title)} (${citation}), pada ${count} kontak: ${list(dates)}.`,
  unsure: {
    consent: "(saya tidak yakin apakah pernah menyetujui)",
    holiday: "(tanggal hari libur nasional ini belum dapat dipastikan)",
    numberSource: "(saya tidak mengetahui dari mana nomor saya diperoleh)",
  },
  exhibit: (number) => `Lampiran ${number}`,
  file: "Berkas",
  uploaded: "Diunggah",
  evidence: (number, name, uploaded, hash) => `Lampiran ${number}: ${name} — diunggah ${uploaded} — SHA-256 ${hash}`,
  filed: (body) => `Pengaduan diajukan ke ${body}.`,
};

const en_: Phrases = {
  collective: {
    subject: (sender) => `Collective complaint about messages and calls from ${sender}`,
    intro: "I write on behalf of the consumers who reported it through Spamtrail and",
    statement: (sender, people, reports, cases, from, to) =>
      `complain about ${sender}: ${enCount(people, "person", "people")} reported ${enCount(reports, "message or call", "messages and calls")} in ${enCount(cases, "case", "cases")}, between ${from} and ${to}.`,
    figures: "Summary",
    about: (categories, channels) => `What was offered: ${categories}. Channels: ${channels}.`,
    rules: "Rules broken",
    rule: (title, cases, reports, citation) =>
      `${title}: ${enCount(cases, "case", "cases")}, ${enCount(reports, "report", "reports")}. Legal basis: ${citation}.`,
    support: "How its customer support answered",
    supportLine: (cases, hours, redirected, resolved) =>
      `Of ${enCount(cases, "case", "cases")} with a conversation: median first reply ${hours} hours; ${enCount(redirected, "case", "cases")} sent elsewhere; ${resolved} resolved.`,
    reports: "Reports (recipients' local time; personal data hidden)",
    demand: "We ask you to investigate this sender, to take the action the law provides, and to have it stop contacting people without their consent.",
    privacy: "The reporters' identities are withheld; those willing to be contacted can be reached through us.",
  },
  quotes: ["“", "”"],
  colon: ": ",
  locale: "en-GB",
  direction: "ltr",
  channel: en.channel,
  exchangeChannel: en.exchangeChannel,
  category: en.category,
  labels: {
    subject: "Subject",
    to: "To:",
    salutation: "Dear Sir or Madam,",
    closing: "I confirm that the above is true to the best of my knowledge. Thank you for looking into this complaint.",
    signOff: "Yours faithfully,",
    intro: "I, the undersigned:",
    name: "Name",
    idNumber: "ID number",
    address: "Address",
    phone: "Phone",
    email: "Email",
  },
  sections: {
    product: "What was offered",
    chronology: "What happened",
    rulesBroken: "Rules broken",
    stepsTaken: "What I asked of the sender and what it answered",
    demand: "What I ask for",
    evidenceList: "Attachments",
  },
  statement: (who) => `complain about unsolicited marketing messages and calls I received from ${who}.`,
  message: (channel, sender, text) => `${channel} from ${sender}${text ? `: ${text}` : ""}`,
  call: (sender, answered, offer) => `Phone call from ${sender}${answered ? "" : " (not answered)"}${offer ? `, offering ${offer}` : ""}`,
  wrote: (who, via, complaint) => `I ${complaint ? "complained" : "wrote"} to ${who} by ${via}`,
  replied: (who, via) => `${who} replied by ${via}`,
  ticket: (reference) => ` (ticket ${reference})`,
  notContacted: "I have not contacted the sender.",
  contacted: (count, first, via) => `I contacted the sender ${count === 1 ? "once" : `${count} times`}, first on ${first} by ${via}.`,
  answered: (count, last) => `It replied ${count === 1 ? "once" : `${count} times`}; last on ${last}.`,
  noAnswer: "It did not reply.",
  tickets: (list) => `Ticket numbers: ${list}.`,
  citation: (instrument, article) => `${instrument}, ${article}`,
  contacts: counted("en", "contact", "contacts"),
  rule: (title, citation, strength) => (strength === "broke" ? `${title}. Legal basis: ${citation}.` : `${title}. This may have breached ${citation}.`),
  concerned: (count, dates) => `${counted("en", "contact", "contacts")(count)} concerned: ${list(dates)}.`,
  also: (title, citation, count, dates) => `Also: ${title} (${citation}), in ${counted("en", "contact", "contacts")(count)}: ${list(dates)}.`,
  unsure: {
    consent: "(I am not sure whether I ever agreed)",
    holiday: "(this public holiday is not yet confirmed)",
    numberSource: "(I do not know where the sender got my number)",
  },
  exhibit: (number) => `Attachment ${number}`,
  file: "File",
  uploaded: "Uploaded",
  evidence: (number, name, uploaded, hash) => `Attachment ${number}: ${name} — uploaded ${uploaded} — SHA-256 ${hash}`,
  filed: (body) => `Complaint filed with ${body}.`,
};

const fr: Phrases = {
  collective: {
    subject: (sender) => `Plainte collective : messages et appels de ${sender}`,
    intro: "Je soussigné(e), au nom des consommateurs qui l'ont signalé sur Spamtrail,",
    statement: (sender, people, reports, cases, from, to) =>
      `vous saisis d'une plainte collective visant ${sender} : ${frCount(people, "personne a", "personnes ont")} signalé ${frCount(reports, "message ou appel", "messages et appels")} dans ${frCount(cases, "dossier", "dossiers")}, entre le ${from} et le ${to}.`,
    figures: "Synthèse",
    about: (categories, channels) => `Objet : ${categories}. Canaux : ${channels}.`,
    rules: "Règles méconnues",
    rule: (title, cases, reports, citation) =>
      `${title} : ${frCount(cases, "dossier", "dossiers")}, ${frCount(reports, "signalement", "signalements")}. Fondement : ${citation}.`,
    support: "Réponses du service client",
    supportLine: (cases, hours, redirected, resolved) =>
      `Sur ${frCount(cases, "dossier", "dossiers")} avec échanges : première réponse en ${hours} heures (médiane) ; ${frCount(redirected, "renvoyé", "renvoyés")} ailleurs ; ${frCount(resolved, "résolu", "résolus")}.`,
    reports: "Signalements (heure locale des destinataires ; données personnelles masquées)",
    demand: "Nous vous demandons d'enquêter sur cet expéditeur, de prendre les mesures prévues par la loi et de faire cesser la prospection sans consentement.",
    privacy: "L'identité des personnes qui ont signalé n'est pas communiquée ; celles qui l'acceptent peuvent être jointes par notre intermédiaire.",
  },
  quotes: ["« ", " »"],
  colon: " : ",
  locale: "fr-FR",
  direction: "ltr",
  channel: { sms: "SMS", call: "Appel téléphonique", whatsapp: "WhatsApp", other_app: "Message sur une autre application" },
  exchangeChannel: {
    x: "X (Twitter)",
    facebook: "Facebook",
    instagram: "Instagram",
    whatsapp: "WhatsApp",
    email: "courriel",
    phone_call: "téléphone",
    live_chat: "chat ou formulaire en ligne",
    sms: "SMS",
    letter: "courrier",
    in_person: "en personne",
    directory: "réponse publique sur Spamtrail",
  },
  category: {
    loan: "crédit",
    credit_card: "carte de crédit",
    insurance: "assurance",
    investment: "investissement et trading",
    gambling: "jeux d'argent",
    scam: "arnaque ou hameçonnage",
    telco_promo: "offre d'opérateur téléphonique",
    shop_promo: "promotion commerciale",
    political: "message politique",
    debt_collection: "recouvrement de créance",
    other: "autre",
  },
  labels: {
    subject: "Objet",
    to: "À l'attention de :",
    salutation: "Madame, Monsieur,",
    closing: "Je certifie l'exactitude des faits exposés. Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    signOff: "",
    intro: "Je soussigné(e) :",
    name: "Nom",
    idNumber: "Pièce d'identité",
    address: "Adresse",
    phone: "Téléphone",
    email: "Courriel",
  },
  sections: {
    product: "Objet de la prospection",
    chronology: "Déroulé des faits",
    rulesBroken: "Règles méconnues",
    stepsTaken: "Démarches effectuées auprès de l'organisme et réponses",
    demand: "Demande",
    evidenceList: "Pièces jointes",
  },
  statement: (who) => `vous saisis de messages et d'appels de prospection non sollicités reçus de ${who}.`,
  message: (channel, sender, text) => `${channel} de ${sender}${text ? ` : ${text}` : ""}`,
  call: (sender, answered, offer) => `Appel de ${sender}${answered ? "" : " (sans réponse)"}${offer ? `, proposant ${offer}` : ""}`,
  wrote: (who, via, complaint) => `J'ai ${complaint ? "adressé une réclamation" : "écrit"} à ${who} par ${via}`,
  replied: (who, via) => `${who} a répondu par ${via}`,
  ticket: (reference) => ` (référence ${reference})`,
  notContacted: "Je n'ai pas contacté l'expéditeur.",
  contacted: (count, first, via) => `J'ai contacté l'expéditeur ${count === 1 ? "une fois" : `${count} fois`}, la première fois le ${first} par ${via}.`,
  answered: (count, last) => `Il a répondu ${count === 1 ? "une fois" : `${count} fois`} ; dernière réponse le ${last}.`,
  noAnswer: "Il n'a pas répondu.",
  tickets: (list) => `Références : ${list}.`,
  citation: (instrument, article) => `${instrument}, ${article}`,
  contacts: counted("fr", "contact", "contacts"),
  rule: (title, citation, strength) =>
    strength === "broke"
      ? `${title}. Fondement : ${citation}.`
      : `${title}. Ces faits sont susceptibles de méconnaître les dispositions suivantes : ${citation}.`,
  concerned: (count, dates) => `${counted("fr", "contact concerné", "contacts concernés")(count)} : ${dates.join(" ; ")}.`,
  also: (title, citation, count, dates) => `En outre : ${title} (${citation}), pour ${counted("fr", "contact", "contacts")(count)} : ${dates.join(" ; ")}.`,
  unsure: {
    consent: "(je ne suis pas certain(e) d'y avoir jamais consenti)",
    holiday: "(jour férié non confirmé)",
    numberSource: "(j'ignore d'où l'expéditeur tient mon numéro)",
  },
  exhibit: (number) => `Pièce ${number}`,
  file: "Fichier",
  uploaded: "Déposé",
  evidence: (number, name, uploaded, hash) => `Pièce ${number} : ${name} — déposée le ${uploaded} — SHA-256 ${hash}`,
  filed: (body) => `Plainte déposée auprès de ${body}.`,
};

const es: Phrases = {
  collective: {
    subject: (sender) => `Reclamación colectiva por mensajes y llamadas de ${sender}`,
    intro: "La persona abajo firmante, en nombre de los consumidores que lo denunciaron a través de Spamtrail,",
    statement: (sender, people, reports, cases, from, to) =>
      `presenta una reclamación colectiva contra ${sender}: ${esCount(people, "persona denunció", "personas denunciaron")} ${esCount(reports, "mensaje o llamada", "mensajes y llamadas")} en ${esCount(cases, "caso", "casos")}, entre el ${from} y el ${to}.`,
    figures: "Resumen",
    about: (categories, channels) => `Objeto: ${categories}. Canales: ${channels}.`,
    rules: "Normas infringidas",
    rule: (title, cases, reports, citation) =>
      `${title}: ${esCount(cases, "caso", "casos")}, ${esCount(reports, "denuncia", "denuncias")}. Fundamento: ${citation}.`,
    support: "Respuestas de su atención al cliente",
    supportLine: (cases, hours, redirected, resolved) =>
      `De ${esCount(cases, "caso", "casos")} con conversación: primera respuesta en ${hours} horas (mediana); ${esCount(redirected, "derivado", "derivados")} a otro lugar; ${esCount(resolved, "resuelto", "resueltos")}.`,
    reports: "Denuncias (hora local de los destinatarios; datos personales ocultos)",
    demand: "Solicitamos que se investigue a este remitente, se apliquen las medidas que prevé la ley y cesen las comunicaciones sin consentimiento.",
    privacy: "No se facilita la identidad de los denunciantes; quienes lo acepten pueden ser contactados a través de nosotros.",
  },
  quotes: ["«", "»"],
  colon: ": ",
  locale: "es-ES",
  direction: "ltr",
  channel: { sms: "SMS", call: "Llamada", whatsapp: "WhatsApp", other_app: "Mensaje en otra aplicación" },
  exchangeChannel: {
    x: "X (Twitter)",
    facebook: "Facebook",
    instagram: "Instagram",
    whatsapp: "WhatsApp",
    email: "correo electrónico",
    phone_call: "teléfono",
    live_chat: "chat o formulario web",
    sms: "SMS",
    letter: "carta",
    in_person: "en persona",
    directory: "respuesta pública en Spamtrail",
  },
  category: {
    loan: "préstamo",
    credit_card: "tarjeta de crédito",
    insurance: "seguro",
    investment: "inversión y trading",
    gambling: "juego",
    scam: "estafa o phishing",
    telco_promo: "oferta de operadora telefónica",
    shop_promo: "promoción comercial",
    political: "mensaje político",
    debt_collection: "recobro de deudas",
    other: "otro",
  },
  labels: {
    subject: "Asunto",
    to: "A la atención de:",
    salutation: "Muy señores míos:",
    closing: "Declaro que los hechos expuestos son ciertos. Atentamente,",
    signOff: "",
    intro: "La persona abajo firmante:",
    name: "Nombre",
    idNumber: "DNI/NIE",
    address: "Domicilio",
    phone: "Teléfono",
    email: "Correo electrónico",
  },
  sections: {
    product: "Objeto de las comunicaciones",
    chronology: "Hechos",
    rulesBroken: "Normas infringidas",
    stepsTaken: "Gestiones realizadas ante la empresa y sus respuestas",
    demand: "Solicitud",
    evidenceList: "Documentos adjuntos",
  },
  statement: (who) => `presenta reclamación por comunicaciones comerciales no solicitadas recibidas de ${who}.`,
  message: (channel, sender, text) => `${channel} de ${sender}${text ? `: ${text}` : ""}`,
  call: (sender, answered, offer) => `Llamada de ${sender}${answered ? "" : " (no atendida)"}${offer ? `, ofreciendo ${offer}` : ""}`,
  wrote: (who, via, complaint) => `${complaint ? "Presenté una queja" : "Escribí"} a ${who} por ${via}`,
  replied: (who, via) => `${who} respondió por ${via}`,
  ticket: (reference) => ` (referencia ${reference})`,
  notContacted: "No he contactado con el remitente.",
  contacted: (count, first, via) => `Contacté con el remitente ${count === 1 ? "una vez" : `${count} veces`}, la primera el ${first} por ${via}.`,
  answered: (count, last) => `Respondió ${count === 1 ? "una vez" : `${count} veces`}; la última el ${last}.`,
  noAnswer: "No respondió.",
  tickets: (list) => `Referencias: ${list}.`,
  citation: (instrument, article) => `${instrument}, ${article}`,
  contacts: counted("es", "contacto", "contactos"),
  rule: (title, citation, strength) =>
    strength === "broke" ? `${title}. Fundamento: ${citation}.` : `${title}. Estos hechos podrían vulnerar lo dispuesto en ${citation}.`,
  concerned: (count, dates) => `${counted("es", "contacto afectado", "contactos afectados")(count)}: ${list(dates)}.`,
  also: (title, citation, count, dates) => `Además: ${title} (${citation}), en ${counted("es", "contacto", "contactos")(count)}: ${list(dates)}.`,
  unsure: {
    consent: "(no estoy seguro/a de haberlo consentido alguna vez)",
    holiday: "(festivo no confirmado)",
    numberSource: "(desconozco de dónde obtuvo mi número)",
  },
  exhibit: (number) => `Documento ${number}`,
  file: "Archivo",
  uploaded: "Subido",
  evidence: (number, name, uploaded, hash) => `Documento ${number}: ${name} — subido el ${uploaded} — SHA-256 ${hash}`,
  filed: (body) => `Reclamación presentada ante ${body}.`,
};

/** A number or name inside Hebrew text kept left to right whole, on screen too (a left-to-right isolate, UAX #9). */
const ltr = (text: string) => `\u2066${text}\u2069`;

const he: Phrases = {
  collective: {
    subject: (sender) => `תלונה קבוצתית על הודעות ושיחות מאת ${ltr(sender)}`,
    intro: 'הח"מ, בשם הצרכנים שדיווחו באמצעות Spamtrail,',
    // Counts after their labels: a neutral form, nothing has to agree with the number.
    statement: (sender, people, reports, cases, from, to) =>
      `מגיש/ה תלונה קבוצתית נגד ${ltr(sender)}. מספר המדווחים: ${people}; מספר ההודעות והשיחות שדווחו: ${reports}; מספר התיקים: ${cases}; בין ${from} לבין ${to}.`,
    figures: "סיכום",
    about: (categories, channels) => `נושא: ${categories}. ערוצים: ${channels}.`,
    rules: "הוראות החוק שהופרו",
    rule: (title, cases, reports, citation) => `${title}: מספר התיקים: ${cases}, מספר הדיווחים: ${reports}. המקור בחוק: ${citation}.`,
    support: "תגובות שירות הלקוחות",
    supportLine: (cases, hours, redirected, resolved) =>
      `תיקים עם התכתבות: ${cases}; חציון תגובה ראשונה: ${hours} שעות; הופנו למקום אחר: ${redirected}; נפתרו: ${resolved}.`,
    reports: "דיווחים (שעון מקומי של הנמענים; פרטים אישיים הוסתרו)",
    demand: "אנו מבקשים לבדוק את השולח, לנקוט את הצעדים הקבועים בחוק ולהביא להפסקת הפניות ללא הסכמה.",
    privacy: "זהות המדווחים אינה נמסרת; מי שמסכימים לכך ניתנים ליצירת קשר באמצעותנו.",
  },
  quotes: ['"', '"'],
  colon: ": ",
  locale: "he-IL",
  direction: "rtl",
  channel: { sms: "הודעת SMS", call: "שיחת טלפון", whatsapp: "הודעת WhatsApp", other_app: "הודעה באפליקציה אחרת" },
  exchangeChannel: {
    x: "X (טוויטר)",
    facebook: "פייסבוק",
    instagram: "אינסטגרם",
    whatsapp: "WhatsApp",
    email: "דואר אלקטרוני",
    phone_call: "טלפון",
    live_chat: "צ'אט או טופס באתר",
    sms: "SMS",
    letter: "מכתב",
    in_person: "פגישה אישית",
    directory: "תגובה פומבית ב-Spamtrail",
  },
  category: {
    loan: "הלוואה",
    credit_card: "כרטיס אשראי",
    insurance: "ביטוח",
    investment: "השקעות ומסחר",
    gambling: "הימורים",
    scam: "הונאה או פישינג",
    telco_promo: "מבצע של חברת סלולר",
    shop_promo: "מבצע של חנות",
    political: "תעמולה פוליטית",
    debt_collection: "גביית חוב",
    other: "אחר",
  },
  labels: {
    subject: "הנדון",
    to: "לכבוד",
    salutation: "א.ג.נ.,",
    closing: "אני מצהיר/ה כי העובדות המפורטות לעיל נכונות.",
    signOff: "בכבוד רב,",
    intro: 'הח"מ:',
    name: "שם",
    idNumber: "מספר זהות",
    address: "כתובת",
    phone: "טלפון",
    email: 'דוא"ל',
  },
  sections: {
    product: "נושא הפרסומת",
    chronology: "השתלשלות העניינים",
    rulesBroken: "הוראות החוק שהופרו",
    stepsTaken: "פניותיי לשולח ותשובותיו",
    demand: "דרישתי",
    evidenceList: "נספחים",
  },
  statement: (who) => `קיבלתי הודעות ושיחות פרסומיות שלא ביקשתי מאת ${ltr(who)}.`,
  message: (channel, sender, text) => `${channel} מאת ${ltr(sender)}${text ? `: ${text}` : ""}`,
  call: (sender, answered, offer) => `שיחת טלפון מאת ${ltr(sender)}${answered ? "" : " (לא נענתה)"}${offer ? `, הצעה: ${offer}` : ""}`,
  wrote: (who, via, complaint) => `${complaint ? "הגשתי תלונה" : "כתבתי"} ל-${ltr(who)} ב${via}`,
  replied: (who, via) => `${ltr(who)} השיב/ה ב${via}`,
  ticket: (reference) => ` (פנייה מס' ${reference})`,
  notContacted: "לא פניתי לשולח.",
  contacted: (count, first, via) => `פניתי לשולח ${count === 1 ? "פעם אחת" : `${count} פעמים`}, לראשונה ב-${first} ב${via}.`,
  answered: (count, last) => `השולח השיב ${count === 1 ? "פעם אחת" : `${count} פעמים`}; לאחרונה ב-${last}.`,
  noAnswer: "השולח לא השיב.",
  tickets: (list) => `מספרי פנייה: ${list}.`,
  citation: (instrument, article) => `${instrument}, ${article}`,
  // Neutral: the count after the noun, so nothing has to agree with it.
  contacts: (count) => `פניות: ${count}`,
  rule: (title, citation, strength) => (strength === "broke" ? `${title}. המקור בחוק: ${citation}.` : `${title}. ייתכן שהדבר מהווה הפרה של ${citation}.`),
  concerned: (count, dates) => `הפניות הרלוונטיות (${count}): ${list(dates)}.`,
  also: (title, citation, count, dates) => `בנוסף: ${title} (${citation}), בפניות (${count}): ${list(dates)}.`,
  unsure: {
    consent: "(איני בטוח/ה אם הסכמתי אי פעם)",
    holiday: "(החג טרם אומת)",
    numberSource: "(איני יודע/ת מהיכן הושג מספרי)",
  },
  exhibit: (number) => `נספח ${number}`,
  file: "קובץ",
  uploaded: "הועלה",
  evidence: (number, name, uploaded, hash) => `נספח ${number}: ${name} — הועלה ב-${uploaded} — SHA-256 ${hash}`,
  filed: (body) => `נשלח אל ${body}.`,
};

export const PHRASES: Record<LetterLanguage, Phrases> = { id: id_, en: en_, fr, es, he };

/** A date and time in a letter: Indonesian letters write "Minggu, 22 November 2026 pukul 19.45 WIB". */
export function letterDateTime(locale: string, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(instant);
}

/** The date line of a letter: "24 November 2026". */
export function letterDate(locale: string, instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone }).format(instant);
}
