import { describe, expect, it } from "vitest";
import type { Incident } from "@/db/schema";
import { caseAnswers, phoneRefusals, rulesForCase, violationsByIncident } from "./rules";
import { local, MADRID, PARIS } from "@/lib/testing/rules";

/** An incident row as the database returns it, with only what the rules read filled in. */
function row(id: string, occurredAt: Date, timeZone: string, more: Partial<Incident> = {}): Incident {
  return {
    id,
    caseId: "case",
    channel: "call",
    senderInput: "+33 1 23 45 67 89",
    occurredAt,
    timeZone,
    messageText: null,
    callAnswered: true,
    callDurationSeconds: 60,
    callOffer: null,
    category: "shop_promo",
    consent: "never",
    stopRequest: "none",
    stopRequestedAt: null,
    companyNamed: null,
    sourceGiven: null,
    collectionTarget: null,
    threatened: null,
    source: "form",
    importKey: null,
    createdAt: occurredAt,
    updatedAt: occurredAt,
    ...more,
  };
}

describe("case-rules", () => {
  it("caseAnswers: what the case does not say is null", () => {
    expect(caseAnswers({ country: "ID", optOutAt: null })).toEqual({ licensed: null, customer: null, numberSource: null });
    expect(caseAnswers({ country: "ID", optOutAt: null, licensed: "unsure", customer: "no", numberSource: "third_party" })).toEqual({
      licensed: "unsure",
      customer: "no",
      numberSource: "third_party",
    });
  });

  it("phoneRefusals: a call logged with 'told them on the phone', or a stop said in an outgoing phone exchange", () => {
    const refusedAt = local("2026-03-02T11:05", PARIS);
    const incidents = [
      row("told", local("2026-03-02T11:00", PARIS), PARIS, { stopRequest: "told_on_phone", stopRequestedAt: refusedAt }),
      row("sms-stop", local("2026-03-03T11:00", PARIS), PARIS, {
        channel: "sms",
        stopRequest: "told_on_phone",
        stopRequestedAt: local("2026-03-03T11:00", PARIS),
      }),
      row("no-time", local("2026-03-04T11:00", PARIS), PARIS, { stopRequest: "told_on_phone", stopRequestedAt: null }),
    ];
    const spoken = local("2026-03-05T09:00", PARIS);
    const exchanges = [
      { channel: "phone_call" as const, direction: "outgoing" as const, isStopRequest: true, occurredAt: spoken },
      { channel: "email" as const, direction: "outgoing" as const, isStopRequest: true, occurredAt: local("2026-03-06T09:00", PARIS) },
      { channel: "phone_call" as const, direction: "incoming" as const, isStopRequest: true, occurredAt: local("2026-03-07T09:00", PARIS) },
      { channel: "phone_call" as const, direction: "outgoing" as const, isStopRequest: false, occurredAt: local("2026-03-08T09:00", PARIS) },
    ];
    expect(phoneRefusals(incidents, exchanges)).toEqual([refusedAt, spoken]);
  });

  it("rulesForCase: France's 60 days after a refusal during a call, from the case's own records", () => {
    const incidents = [
      row("refused", local("2026-03-02T11:00", PARIS), PARIS, { stopRequest: "told_on_phone", stopRequestedAt: local("2026-03-02T11:05", PARIS) }),
      row("again", local("2026-04-30T11:00", PARIS), PARIS),
      row("later", local("2026-05-01T11:00", PARIS), PARIS),
    ];
    const report = rulesForCase({ country: "FR", optOutAt: null }, incidents);
    expect(report.violations.find((v) => v.ruleId === "FR-CALL-REFUSAL")?.incidentIds).toEqual(["again"]);
    expect(
      violationsByIncident(report)
        .get("again")
        ?.map((m) => m.ruleId),
    ).toContain("FR-CALL-REFUSAL");
    expect(
      violationsByIncident(report)
        .get("later")
        ?.map((m) => m.ruleId) ?? [],
    ).not.toContain("FR-CALL-REFUSAL");
  });

  it("rulesForCase: the user's region brings its holidays (Galicia, Thursday 19 March 2026)", () => {
    const call = [row("c", local("2026-03-19T12:00", MADRID), MADRID, { consent: "agreed" })];
    expect(rulesForCase({ country: "ES", optOutAt: null }, call).violations.map((v) => v.ruleId)).toEqual([]);
    expect(rulesForCase({ country: "ES", optOutAt: null }, call, { region: "GA" }).violations.map((v) => v.ruleId)).toEqual(["ES-CALL-HOURS"]);
  });

  it("rulesForCase: a financial case with the licence answered 'no' claims no OJK rule", () => {
    const sms = [row("s", local("2026-11-23T10:00", "Asia/Jakarta"), "Asia/Jakarta", { channel: "sms", category: "loan" })];
    const report = rulesForCase({ country: "ID", optOutAt: null, licensed: "no" }, sms);
    expect(report.violations).toEqual([]);
    expect(report.notLicensed).toContain("ID-OJK-CONSENT");
    expect(rulesForCase({ country: "ID", optOutAt: null, licensed: "yes" }, sms).violations.map((v) => [v.ruleId, v.strength])).toEqual([
      ["ID-OJK-CONSENT", "broke"],
    ]);
  });
});
