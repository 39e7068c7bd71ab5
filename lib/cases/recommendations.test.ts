import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { complaintDeadlines, type CaseFacts, type DeadlineAnswers, type ExchangeFact } from "./progress";
import { countryPack } from "../countries";
import { evaluate, incident, JAKARTA } from "@/lib/testing/rules";
import { recommendRoutes, type RouteInput } from "./recommendations";

const wib = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate();
const ID = countryPack("ID");
const LICENSED: DeadlineAnswers = { licensed: "yes", customer: null, lossRupiah: null };
const CUSTOMER: DeadlineAnswers = { licensed: "yes", customer: "yes", lossRupiah: 2_000_000 };
// A never-consented loan offer by SMS on a Sunday evening, from a firm the user says is licensed.
const violations = evaluate(ID, { financial: true, answers: { licensed: "yes" }, incidents: [incident("sms", "2026-11-22T19:45", JAKARTA)] }).violations;
const fullProfile = { legalName: true, idNumber: true, postalAddress: true };

function recommend(more: Partial<RouteInput>) {
  return recommendRoutes({
    pack: ID,
    financial: true,
    categories: ["loan"],
    violations,
    state: "new",
    deadlines: [],
    answers: LICENSED,
    profile: fullProfile,
    ...more,
  });
}
const routes = (more: Partial<RouteInput>) => recommend(more).map((r) => [r.regulator.id, r.timing]);
const route = (id: string, more: Partial<RouteInput>) => recommend(more).find((r) => r.regulator.id === id);

const emailComplaint: ExchangeFact = { occurredAt: wib("2026-11-02T09:00"), direction: "outgoing", channel: "email", isComplaint: true, tags: [] };
const caseFacts = (answers: DeadlineAnswers, exchanges: ExchangeFact[] = [emailComplaint]): CaseFacts => ({
  status: "new",
  categories: ["loan"],
  timeZone: "Asia/Jakarta",
  exchanges,
  answers,
});

describe("recommendRoutes", () => {
  it("unsolicited loan offer, nothing sent to the firm: OJK violation report now and first; dispute only after the firm", () => {
    expect(routes({})).toEqual([
      ["ID-OJK-VIOLATION", "now"],
      ["ID-KOMDIGI-ADUANNOMOR", "now"],
      ["ID-BPKN", "now"],
      ["ID-YLKI", "complainFirst"],
      // Customers with a loss only: it may apply, so it comes after the routes that fit for sure.
      ["ID-OJK-DISPUTE", "complainFirst"],
    ]);
    // Art 39(1) only: the Sunday-evening hour is an aggravating fact of it, not a second rule.
    expect(recommend({})[0]).toMatchObject({ reasons: ["violations", "noPriorComplaintNeeded"], violationCount: 1, conditions: [] });
    expect(route("ID-OJK-DISPUTE", {})?.conditions).toEqual(["customer", "loss"]);
  });

  it("complaint sent, deadline running: the dispute waits for the due date; once overdue it is open", () => {
    const running = complaintDeadlines(caseFacts(CUSTOMER), ID, wib("2026-11-10T09:00"));
    expect(route("ID-OJK-DISPUTE", { state: "waiting", deadlines: running, answers: CUSTOMER })).toMatchObject({
      timing: "afterDeadline",
      reasons: ["waitForDeadline"],
      dueEnd: running[0]!.dueEnd,
      conditions: [],
    });
    const late = complaintDeadlines(caseFacts(CUSTOMER), ID, wib("2026-11-20T09:00"));
    expect(late[0]?.overdue).toBe(true);
    expect(route("ID-OJK-DISPUTE", { state: "waiting", deadlines: late, answers: CUSTOMER })).toMatchObject({ timing: "now", reasons: ["deadlinePassed"] });
  });

  it("a shop the user already wrote to, with no legal answer time: a body that wants the company asked first is open now", () => {
    const shop = { financial: false, categories: ["shop_promo"] as const, violations: [], deadlines: [] };
    expect(route("ID-YLKI", { ...shop, state: "new" })).toMatchObject({ timing: "complainFirst", reasons: ["complainToCompanyFirst"] });
    expect(route("ID-YLKI", { ...shop, state: "waiting" })).toMatchObject({ timing: "now", reasons: ["companyAskedNoDeadline"] });
  });

  it("once the firm's time ran out, routes that want it asked first are open even while 'customer?' is unanswered", () => {
    const answers: DeadlineAnswers = { licensed: "yes", customer: null, lossRupiah: null };
    const late = complaintDeadlines(caseFacts(answers), ID, wib("2026-11-20T09:00"));
    expect(late[0]).toMatchObject({ passed: true, overdue: false, unconfirmed: ["customer"] });
    expect(route("ID-YLKI", { state: "waiting", deadlines: late, answers })).toMatchObject({ timing: "now", reasons: ["deadlinePassed"] });
    expect(route("ID-OJK-DISPUTE", { state: "waiting", deadlines: late, answers })).toMatchObject({
      timing: "now",
      reasons: ["deadlinePassed"],
      conditions: ["customer", "loss"],
    });
  });

  it("after the firm answered, the dispute is open, within the 60-working-day filing window", () => {
    const answered = caseFacts(CUSTOMER, [
      emailComplaint,
      { occurredAt: wib("2026-11-03T10:00"), direction: "incoming", channel: "email", isComplaint: false, tags: [] },
    ]);
    const deadlines = complaintDeadlines(answered, ID, wib("2026-11-04T09:00"));
    const filing = deadlines.find((d) => d.rule.id === "ID-OJK-DISPUTE-FILING")!;
    expect(route("ID-OJK-DISPUTE", { state: "replied", deadlines, answers: CUSTOMER })).toMatchObject({
      timing: "now",
      reasons: ["companyAnswered", "filingWindow"],
      dueEnd: filing.dueEnd,
    });
    const tooLate = complaintDeadlines(answered, ID, wib("2027-06-01T09:00"));
    expect(route("ID-OJK-DISPUTE", { state: "replied", deadlines: tooLate, answers: CUSTOMER })).toMatchObject({
      timing: "closed",
      reasons: ["companyAnswered", "filingWindowPassed"],
    });
    expect(routes({ state: "replied", deadlines: tooLate, answers: CUSTOMER }).at(-1)).toEqual(["ID-OJK-DISPUTE", "closed"]);
  });

  it.each([
    { name: "no loss", lossRupiah: 0, conditions: null },
    { name: "Rp2 million", lossRupiah: 2_000_000, conditions: [] },
    { name: "Rp600 million: only for general insurance", lossRupiah: 600_000_000, conditions: ["generalInsurance"] },
    { name: "Rp750 million", lossRupiah: 750_000_000, conditions: ["generalInsurance"] },
    { name: "Rp800 million: above both ceilings", lossRupiah: 800_000_000, conditions: null },
  ])("the dispute route and the loss ceiling: $name", ({ lossRupiah, conditions }) => {
    expect(route("ID-OJK-DISPUTE", { state: "replied", answers: { licensed: "yes", customer: "yes", lossRupiah } })?.conditions ?? null).toEqual(conditions);
  });

  it("a shop is not a financial firm: no OJK routes; IASC only once the user said they lost money", () => {
    const shop = { financial: false, categories: ["shop_promo" as const], violations: [] };
    const withLoss = (lossRupiah: number | null) => ({ ...shop, answers: { licensed: null, customer: null, lossRupiah } });
    expect(routes(withLoss(null)).map(([id]) => id)).toEqual(["ID-KOMDIGI-ADUANNOMOR", "ID-BPKN", "ID-YLKI"]);
    expect(routes(withLoss(0)).map(([id]) => id)).toEqual(["ID-KOMDIGI-ADUANNOMOR", "ID-BPKN", "ID-YLKI"]);
    expect(routes(withLoss(1_500_000)).map(([id]) => id)).toEqual(["ID-IASC", "ID-KOMDIGI-ADUANNOMOR", "ID-BPKN", "ID-YLKI"]);
    expect(route("ID-IASC", withLoss(1_500_000))?.conditions).toEqual([]);
  });

  it("a scam number puts aduannomor.id first", () => {
    const [first] = recommend({ financial: false, categories: ["scam"], violations: [], answers: { licensed: null, customer: null, lossRupiah: 0 } });
    expect(first).toMatchObject({ regulator: { id: "ID-KOMDIGI-ADUANNOMOR" }, reasons: ["scamNumber", "noPriorComplaintNeeded"] });
  });

  it("says which profile details a route still needs", () => {
    const [ojk] = recommend({ profile: { legalName: false, idNumber: false, postalAddress: false } });
    expect(ojk?.missingProfile).toEqual(["legalName"]);
    expect(
      route("ID-OJK-DISPUTE", { state: "replied", answers: CUSTOMER, profile: { legalName: true, idNumber: false, postalAddress: true } })?.missingProfile,
    ).toEqual(["idNumber"]);
  });

  it("France: 33700, Bloctel and SignalConso now, CNIL after asking the organisation", () => {
    const fr = recommendRoutes({
      pack: countryPack("FR"),
      financial: false,
      categories: ["shop_promo"],
      violations: [],
      state: "new",
      deadlines: [],
      answers: { licensed: null, customer: null, lossRupiah: null },
      profile: fullProfile,
    });
    expect(fr.map((r) => [r.regulator.id, r.timing])).toEqual([
      ["FR-33700", "now"],
      ["FR-BLOCTEL", "now"],
      ["FR-SIGNALCONSO", "now"],
      ["FR-CNIL", "complainFirst"],
    ]);
  });
});
