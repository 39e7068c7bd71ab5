import { describe, expect, it } from "vitest";
import type { Sender, SenderStats } from "@/db/schema";
import { senderFigures } from "../public/sender-facts";
import { collectiveLetter, collectiveRecipient } from "./collective";
import { letterToText } from "./letter";

const sender = {
  id: "s",
  kind: "phone",
  key: "+6281270004444",
  display: "+62 812 7000 4444",
  country: "ID",
  parentId: null,
  organisation: null,
  sector: null,
  createdAt: new Date(),
} as Sender;
const figures = senderFigures(
  [
    {
      userId: "a",
      country: "ID",
      ruleIds: ["ID-OJK-CONSENT", "ID-PDP-WITHDRAW"],
      complained: true,
      firstReplyMinutes: 90,
      redirected: true,
      resolved: false,
      hasExchanges: true,
    },
    {
      userId: "b",
      country: "ID",
      ruleIds: ["ID-OJK-CONSENT"],
      complained: false,
      firstReplyMinutes: null,
      redirected: false,
      resolved: false,
      hasExchanges: false,
    },
  ],
  [
    { occurredAt: new Date("2026-11-22T12:45:00Z"), weekday: 7, hour: 19, channel: "sms", category: "loan", ruleIds: ["ID-OJK-CONSENT", "ID-PDP-WITHDRAW"] },
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
    // The reporters' own words, quoted; OJK's rules only (finding 8): UU PDP is not OJK's to enforce.
    expect(text).toContain(
      "1. “Penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya”: 2 kasus, 2 laporan. Dasar hukum: POJK 22/2023 Pasal 39 ayat (1).",
    );
    expect(text).not.toContain("UU 27/2022");
    expect(text).not.toMatch(/\bAnda\b/);
    expect(text).toContain("median balasan pertama 1,5 jam; 1 kasus dialihkan");
    expect(text).toContain("1. Minggu, 22 November 2026 pukul 19.45 WIB — SMS — Pinjaman: Hubungi […] sekarang");
    expect(text).toContain("Identitas para pelapor tidak dicantumkan");
  });
});

describe("collective complaint in English", () => {
  const one = senderFigures(
    [
      {
        userId: "a",
        country: "GB",
        ruleIds: ["UK-SMS-CONSENT"],
        complained: true,
        firstReplyMinutes: 60,
        redirected: true,
        resolved: true,
        hasExchanges: true,
      },
    ],
    [{ occurredAt: new Date("2026-11-22T19:45:00Z"), weekday: 7, hour: 19, channel: "sms", category: "loan", ruleIds: ["UK-SMS-CONSENT"] }],
    null,
  );
  const { categories: _c, facts: oneFacts, ...oneColumns } = one;
  const oneStats = { senderId: "s", ...oneColumns, facts: { ...oneFacts, identities: [] } } as SenderStats;

  it("goes to the body that enforces the rules, and counts in the singular when there is one", () => {
    const regulator = collectiveRecipient("GB", false, ["UK-SMS-CONSENT"])!;
    expect(regulator.id).toBe("UK-ICO");
    const text = letterToText(
      collectiveLetter({
        sender,
        stats: oneStats,
        reports: [],
        regulator,
        country: "GB",
        now: new Date("2026-11-25T10:00:00Z"),
        timeZone: "Europe/London",
        signatory: "Advocate",
      }),
    );
    expect(text).toContain("1 person reported 1 message or call in 1 case, between");
    expect(text).toContain("1. “Marketing texts sent without my consent”: 1 case, 1 report. Legal basis: PECR 2003 (SI 2003/2426), reg. 22.");
    expect(text).toContain("Of 1 case with a conversation: median first reply 1.0 hours; 1 case sent elsewhere; 1 resolved.");
  });
});
