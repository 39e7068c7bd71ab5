import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { complaintDeadlines } from "../cases/progress";
import { countryPack } from "../countries";
import type { Consent } from "../domain";
import { consentStance, dataRequestDraft, dataRequestLetter } from "./data-request";
import { letterToText } from "./letter";

const wib = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate();
const source = {
  sender: "DanaKilat",
  complainant: { legalName: "Romel Tea", phone: "0812-5555-0000", email: "romel@example.com" },
  firstContact: wib("2026-11-20T10:00"),
  lastContact: wib("2026-11-22T19:45"),
  timeZone: "Asia/Jakarta",
  consents: ["never", "never"] as Consent[],
};

describe("dataRequestDraft", () => {
  it("writes the Indonesian letter under UU PDP with its 3×24-hour answer time", () => {
    const draft = dataRequestDraft(source, countryPack("ID").dataRequest!);
    expect(draft.recipient).toBe("DanaKilat");
    expect(draft.body).toContain("Saya, Romel Tea, pemilik nomor telepon 0812-5555-0000");
    expect(draft.body).toContain("sejak Jumat, 20 November 2026 pukul 10.00 WIB");
    expect(draft.body).toContain("UU 27/2022 (Pelindungan Data Pribadi)");
    expect(draft.body).toContain("tanpa pernah memberikan persetujuan.");
    expect(draft.body).toContain("3 × 24 jam");
    const text = letterToText(
      dataRequestLetter(draft, countryPack("ID").dataRequest!, {
        now: wib("2026-11-24T10:00"),
        timeZone: "Asia/Jakarta",
        signatory: "Romel Tea",
        email: "romel@example.com",
      }),
    );
    expect(text).toContain("24 November 2026");
    expect(text).toContain("Kepada Yth.\nDanaKilat");
  });

  it("writes the GDPR letter in the country's language: French for France, Spanish for Spain, English for the UK", () => {
    const fr = dataRequestDraft({ ...source, timeZone: "Europe/Paris" }, countryPack("FR").dataRequest!);
    expect(fr.subject).toBe("Demande relative à mes données personnelles et opposition à la prospection");
    expect(fr.body).toContain("depuis le 20 novembre 2026");
    expect(fr.body).toContain("En application du règlement (UE) 2016/679 (RGPD)");
    expect(fr.body).toContain("dans un délai d'un mois");
    expect(dataRequestDraft(source, countryPack("ES").dataRequest!).body).toContain("en el plazo de un mes");
    const uk = dataRequestDraft({ ...source, timeZone: "Europe/London" }, countryPack("GB").dataRequest!);
    expect(uk.body).toContain("Under UK GDPR, I ask you to:");
    const letter = letterToText(
      dataRequestLetter(fr, countryPack("FR").dataRequest!, {
        now: new Date("2026-11-24T10:00Z"),
        timeZone: "Europe/Paris",
        signatory: "Marie Dupont",
        email: "m@example.fr",
      }),
    );
    expect(letter).toContain("24 novembre 2026");
    expect(letter).toContain("Objet    : Demande relative");
    expect(letter).toContain("Madame, Monsieur,");
  });

  it("finding 12: the data letter does not claim no consent when the user agreed, and gives 3×24 h only for Arts 30/32/40/41", () => {
    const letter = (country: "ID" | "FR" | "ES" | "GB", consents: Consent[]) =>
      dataRequestDraft({ ...source, consents }, countryPack(country).dataRequest!).body;
    const never = {
      ID: "tanpa pernah memberikan persetujuan",
      GB: "without ever consenting",
      FR: "sans y avoir jamais consenti",
      ES: "sin haber dado nunca mi consentimiento",
    } as const;
    const withdrawn = {
      ID: "Dengan surat ini saya menarik setiap persetujuan yang pernah saya berikan",
      GB: "I hereby withdraw any consent I have given",
      FR: "Je retire par la présente tout consentement que j'ai pu donner",
      ES: "Por la presente retiro cualquier consentimiento que haya dado",
    } as const;
    const notRecalled = {
      ID: "Saya tidak ingat pernah memberikan persetujuan",
      GB: "I do not recall ever consenting",
      FR: "Je n'ai pas souvenir d'y avoir jamais consenti",
      ES: "No recuerdo haber dado nunca mi consentimiento",
    } as const;
    for (const country of ["ID", "GB", "FR", "ES"] as const) {
      expect(letter(country, ["never", "never"])).toContain(never[country]);
      // One contact the user agreed to: consent is withdrawn, never denied.
      const agreed = letter(country, ["never", "agreed"]);
      expect(agreed).not.toContain(never[country]);
      expect(agreed).toContain(withdrawn[country]);
      // Not sure: "I do not recall", not "never".
      const unsure = letter(country, ["never", "unsure"]);
      expect(unsure).not.toContain(never[country]);
      expect(unsure).toContain(notRecalled[country]);
    }
    expect([consentStance([]), consentStance(["unsure", "agreed"]), consentStance(["never"])]).toEqual(["unsure", "agreed", "never"]);

    // UU PDP sets 3×24 hours for access (Art 32) and stopping after withdrawal (Art 40), not for Arts 5 and 8.
    const lines = letter("ID", ["never"]).split("\n");
    const asks = lines.filter((line) => /^\d\. /.test(line));
    expect(asks.map((line) => line.match(/\(Pasal [^)]*\)/)?.[0])).toEqual(["(Pasal 5)", "(Pasal 32)", "(Pasal 9 dan Pasal 40)", "(Pasal 8)"]);
    expect(lines.at(-1)).toBe(
      "Untuk permintaan nomor 2 dan 3 (Pasal 32 dan Pasal 40), mohon dilaksanakan paling lambat 3 × 24 jam sejak surat ini diterima; untuk permintaan lainnya mohon tanggapan tertulis.",
    );
    expect(lines.filter((line) => line.includes("3 × 24 jam"))).toHaveLength(1);
  });

  it("has no letter where the pack has no data-request rule", () => {
    expect(countryPack("US").dataRequest).toBeNull();
  });
});

describe("the letter's deadline on the case", () => {
  const facts = (more: object) => ({ status: "new" as const, categories: ["shop_promo" as const], timeZone: "Asia/Jakarta", exchanges: [], ...more });
  it("is 3×24 hours in Indonesia, overdue after, settled by any answer", () => {
    const sent = wib("2026-11-24T10:00");
    const [open] = complaintDeadlines(facts({ dataRequestSentAt: sent }), countryPack("ID"), wib("2026-11-27T09:59"));
    expect(open).toMatchObject({ rule: { id: "ID-PDP-REQUEST", escalateTo: null }, dueDate: "2026-11-27", overdue: false });
    expect(complaintDeadlines(facts({ dataRequestSentAt: sent }), countryPack("ID"), wib("2026-11-27T10:01"))[0]?.overdue).toBe(true);
    const answered = facts({
      dataRequestSentAt: sent,
      exchanges: [{ occurredAt: wib("2026-11-25T10:00"), direction: "incoming", channel: "email", isComplaint: false, tags: [] }],
    });
    expect(complaintDeadlines(answered, countryPack("ID"), wib("2026-12-01T00:00"))[0]).toMatchObject({ settled: true, overdue: false });
  });

  it("is one month under GDPR, escalating to the CNIL in France", () => {
    const [deadline] = complaintDeadlines(
      facts({ timeZone: "Europe/Paris", dataRequestSentAt: DateTime.fromISO("2026-01-31T10:00", { zone: "Europe/Paris" }).toJSDate() }),
      countryPack("FR"),
      new Date("2026-02-20T00:00Z"),
    );
    expect(deadline).toMatchObject({ rule: { id: "GDPR-REQUEST", escalateTo: "CNIL" }, dueDate: "2026-02-28", overdue: false });
  });
});
