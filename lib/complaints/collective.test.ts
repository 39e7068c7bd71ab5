import { describe, expect, it } from "vitest";
import type { Sender, SenderStats } from "@/db/schema";
import { senderFigures } from "../public/sender-facts";
import { collectiveLetter, collectiveRecipient } from "./collective";
import { letterToText } from "./letter";

const sender = { id: "s", kind: "phone", key: "+6281270004444", display: "+62 812 7000 4444", country: "ID", parentId: null, organisation: null, sector: null, createdAt: new Date() } as Sender;
const figures = senderFigures(
  [
    { userId: "a", country: "ID", ruleIds: ["ID-OJK-HOURS", "ID-OJK-CONSENT"], complained: true, firstReplyMinutes: 90, redirected: true, resolved: false, hasExchanges: true },
    { userId: "b", country: "ID", ruleIds: ["ID-OJK-CONSENT"], complained: false, firstReplyMinutes: null, redirected: false, resolved: false, hasExchanges: false },
  ],
  [
    { occurredAt: new Date("2026-11-22T12:45:00Z"), weekday: 7, hour: 19, channel: "sms", category: "loan", ruleIds: ["ID-OJK-HOURS", "ID-OJK-CONSENT"] },
    { occurredAt: new Date("2026-11-23T03:00:00Z"), weekday: 1, hour: 10, channel: "sms", category: "loan", ruleIds: ["ID-OJK-CONSENT"] },
  ],
  null,
);
const { categories: _categories, facts, ...columns } = figures;
const stats = { senderId: "s", ...columns, facts: { ...facts, identities: [] } } as SenderStats;

describe("collective complaint", () => {
  it("goes to OJK for a financial sender in Indonesia, and to Komdigi's aduannomor.id otherwise", () => {
    expect(collectiveRecipient("ID", true)?.id).toBe("ID-OJK-VIOLATION");
    expect(collectiveRecipient("ID", false)?.id).toBe("ID-KOMDIGI-ADUANNOMOR");
    expect(collectiveRecipient("GB", false)?.id).toBe("UK-ICO");
    // Never to the sender: the Israeli demand letter is not a regulator.
    expect(collectiveRecipient("IL", false)?.id).toBe("IL-CONSUMER-COUNCIL");
  });

  it("writes the figures with their denominators, the rules with sources and the redacted reports, without reporters", () => {
    const letter = collectiveLetter({
      sender,
      stats,
      reports: [{ occurredAt: new Date("2026-11-22T12:45:00Z"), timeZone: "Asia/Jakarta", channel: "sms", category: "loan", text: "Hubungi ⟦phone⟧ sekarang" }],
      regulator: collectiveRecipient("ID", true)!,
      country: "ID",
      now: new Date("2026-11-25T03:00:00Z"),
      timeZone: "Asia/Jakarta",
      signatory: "Advokat Konsumen",
    });
    const text = letterToText(letter);
    expect(text).toContain("Kepala Eksekutif Pengawas Perilaku");
    expect(text).toContain("2 orang melaporkan 2 pesan dan telepon dalam 2 kasus, antara 22 November 2026 dan 23 November 2026");
    expect(text).toContain("1. Penawaran tanpa persetujuan Anda: 2 kasus, 2 laporan. Dasar hukum: POJK 22/2023, Pasal 39 ayat (1).");
    expect(text).toContain("median balasan pertama 1.5 jam; 1 kasus dialihkan");
    expect(text).toContain("1. Minggu, 22 November 2026 pukul 19.45 WIB — SMS — Pinjaman: Hubungi […] sekarang");
    expect(text).toContain("Identitas para pelapor tidak dicantumkan");
  });
});
