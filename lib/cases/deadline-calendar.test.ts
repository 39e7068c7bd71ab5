import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { complaintDeadlines } from "./progress";
import { countryPack } from "../countries";
import { deadlineCalendar } from "./deadline-calendar";

const wib = (iso: string) => DateTime.fromISO(iso, { zone: "Asia/Jakarta" }).toJSDate();

describe("deadlineCalendar", () => {
  const complaint = { occurredAt: wib("2026-11-20T17:30"), direction: "outgoing", channel: "email", isComplaint: true, tags: [] } as const;
  const facts = { status: "new", categories: ["loan"], timeZone: "Asia/Jakarta", exchanges: [complaint] } as const;

  it("has one all-day event on the due date with a stable uid", () => {
    const deadlines = complaintDeadlines(facts, countryPack("ID"), wib("2026-11-24T10:00"));
    const ics = deadlineCalendar("case-1", deadlines, () => ({ title: "Reply due: BCA-Promo", description: "POJK 22/2023 Pasal 75" }));
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("DTSTART;VALUE=DATE:20261204");
    expect(ics).toContain("DTEND;VALUE=DATE:20261205");
    expect(ics).toContain("UID:case-1-ID-OJK-COMPLAINT-WRITTEN@spamtrail");
    expect(ics).toContain("SUMMARY:Reply due: BCA-Promo");
  });

  it("puts the firm's decisive date on the calendar: the later reading of hari kerja", () => {
    // Sent Monday 16 March 2026: 31 March with cuti bersama worked, 7 April with them off.
    const march = { ...facts, exchanges: [{ ...complaint, occurredAt: wib("2026-03-16T10:00") }] };
    const deadlines = complaintDeadlines(march, countryPack("ID"), wib("2026-03-17T10:00"));
    const ics = deadlineCalendar("case-1", deadlines, () => ({ title: "x", description: "y" }));
    expect(ics).toContain("DTSTART;VALUE=DATE:20260407");
    expect(ics).not.toContain("20260331");
  });

  it("is empty when every deadline is settled", () => {
    const deadlines = complaintDeadlines({ ...facts, status: "resolved" }, countryPack("ID"), wib("2026-11-24T10:00"));
    expect(deadlineCalendar("case-1", deadlines, () => ({ title: "x", description: "y" }))).toBeNull();
  });
});
