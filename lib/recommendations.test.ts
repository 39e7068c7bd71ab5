import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { complaintDeadlines } from "./case-progress";
import { countryPack } from "./countries";
import { recommendRoutes, type RouteInput } from "./recommendations";
import { evaluateRules } from "./rules-engine";

const wib = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate();
const ID = countryPack("ID");
const sundayLoanSms = { id: "sms", channel: "sms", occurredAt: wib("2026-11-22T19:45"), timeZone: "Asia/Jakarta", consent: "never", companyNamed: null, sourceGiven: null } as const;
const violations = evaluateRules({ pack: ID, incidents: [sundayLoanSms], optOutAt: null, financial: true }).violations;
const fullProfile = { legalName: true, idNumber: true, postalAddress: true };

function routes(more: Partial<RouteInput>) {
  const result = recommendRoutes({ pack: ID, financial: true, categories: ["loan"], violations, state: "new", deadlines: [], profile: fullProfile, ...more });
  return result.map((r) => [r.regulator.id, r.timing]);
}

describe("recommendRoutes", () => {
  it("unsolicited loan offer, nothing sent to the firm: OJK violation report now and first; dispute only after the firm", () => {
    expect(routes({})).toEqual([
      ["ID-OJK-VIOLATION", "now"],
      ["ID-KOMDIGI-ADUANNOMOR", "now"],
      ["ID-BPKN", "now"],
      ["ID-OJK-DISPUTE", "complainFirst"],
      ["ID-YLKI", "complainFirst"],
    ]);
    const [first] = recommendRoutes({ pack: ID, financial: true, categories: ["loan"], violations, state: "new", deadlines: [], profile: fullProfile });
    expect(first).toMatchObject({ reasons: ["violations", "noPriorComplaintNeeded"], violationCount: 2 });
  });

  it("complaint sent, deadline running: the dispute waits for the due date; once overdue it is open", () => {
    const facts = { status: "new" as const, categories: ["loan" as const], timeZone: "Asia/Jakarta", exchanges: [{ occurredAt: wib("2026-11-02T09:00"), direction: "outgoing" as const, channel: "email" as const, isComplaint: true, tags: [] }] };
    const running = complaintDeadlines(facts, ID, wib("2026-11-10T09:00"));
    const waiting = recommendRoutes({ pack: ID, financial: true, categories: ["loan"], violations, state: "waiting", deadlines: running, profile: fullProfile });
    expect(waiting.find((r) => r.regulator.id === "ID-OJK-DISPUTE")).toMatchObject({ timing: "afterDeadline", reasons: ["waitForDeadline"], dueEnd: running[0]!.dueEnd });
    const late = complaintDeadlines(facts, ID, wib("2026-11-20T09:00"));
    expect(routes({ state: "waiting", deadlines: late })).toContainEqual(["ID-OJK-DISPUTE", "now"]);
  });

  it("after the firm answered, the dispute is open", () => {
    expect(routes({ state: "replied" })).toContainEqual(["ID-OJK-DISPUTE", "now"]);
  });

  it("a shop is not a financial firm: no OJK routes", () => {
    expect(routes({ financial: false, categories: ["shop_promo"], violations: [] }).map(([id]) => id)).toEqual(["ID-KOMDIGI-ADUANNOMOR", "ID-BPKN", "ID-YLKI"]);
  });

  it("a scam number puts aduannomor.id first", () => {
    const [first] = recommendRoutes({ pack: ID, financial: false, categories: ["scam"], violations: [], state: "new", deadlines: [], profile: fullProfile });
    expect(first).toMatchObject({ regulator: { id: "ID-KOMDIGI-ADUANNOMOR" }, reasons: ["scamNumber", "noPriorComplaintNeeded"] });
  });

  it("says which profile details a route still needs", () => {
    const [ojk] = recommendRoutes({ pack: ID, financial: true, categories: ["loan"], violations, state: "new", deadlines: [], profile: { legalName: false, idNumber: false, postalAddress: false } });
    expect(ojk?.missingProfile).toEqual(["legalName"]);
    const dispute = recommendRoutes({ pack: ID, financial: true, categories: ["loan"], violations, state: "replied", deadlines: [], profile: { legalName: true, idNumber: false, postalAddress: true } }).find((r) => r.regulator.id === "ID-OJK-DISPUTE");
    expect(dispute?.missingProfile).toEqual(["idNumber"]);
  });

  it("France: 33700 and Bloctel now, CNIL after asking the organisation", () => {
    const fr = recommendRoutes({ pack: countryPack("FR"), financial: false, categories: ["shop_promo"], violations: [], state: "new", deadlines: [], profile: fullProfile });
    expect(fr.map((r) => [r.regulator.id, r.timing])).toEqual([
      ["FR-33700", "now"],
      ["FR-BLOCTEL", "now"],
      ["FR-SIGNALCONSO", "now"],
      ["FR-CNIL", "complainFirst"],
    ]);
  });
});
