import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { countryPack } from "../countries";
import { calendarFor } from "../holidays";
import { addWorkingDays, dayNumber, isWorkingDate, localDate, yearsBetween } from "./working-days";

const at = (iso: string, zone = "Asia/Jakarta") => DateTime.fromISO(iso, { zone }).toJSDate();
const ID = calendarFor(countryPack("ID").holidays, null);

describe("addWorkingDays (Indonesia)", () => {
  it.each([
    // from (local)              days  due date      why
    ["2026-11-02T09:00", 10, "2026-11-16", "two plain weeks"],
    ["2026-11-20T17:30", 10, "2026-12-04", "sent on a Friday evening: counting starts Monday"],
    ["2026-11-21T10:00", 1, "2026-11-23", "sent on a Saturday"],
    ["2026-11-22T23:59", 1, "2026-11-23", "sent on Sunday just before midnight"],
    ["2026-12-23T10:00", 2, "2026-12-28", "24 December (cuti bersama) is worked, Christmas Day is skipped"],
  ])("%s + %i working days → %s (%s)", (from, days, due) => {
    expect(addWorkingDays(at(from), days, "Asia/Jakarta", ID).dueDate).toBe(due);
  });

  it("skips the Lebaran break of 2026 per the SKB: Nyepi 19 March, Idul Fitri 21–22 March, Good Friday 3 April", () => {
    // Changed on purpose: date-holidays put Idul Fitri on 20–21 March; the SKB puts it on 21–22
    // and makes 18, 20, 23 and 24 March cuti bersama.
    // Sent Wednesday 18 March, cuti bersama worked: 20(1) 23(2) 24(3) 25(4) 26(5) 27(6) 30(7) 31(8)
    // 1 Apr(9) 2 Apr(10) → 2 April.
    expect(addWorkingDays(at("2026-03-18T16:00"), 10, "Asia/Jakarta", ID, "working").dueDate).toBe("2026-04-02");
    // Cuti bersama off: 25(1) 26(2) 27(3) 30(4) 31(5) 1(6) 2(7), 3 April is Good Friday, 6(8) 7(9) 8(10) → 8 April.
    expect(addWorkingDays(at("2026-03-18T16:00"), 10, "Asia/Jakarta", ID, "off").dueDate).toBe("2026-04-08");
  });

  it("counts cuti bersama as working days unless told otherwise", () => {
    expect(addWorkingDays(at("2026-03-19T10:00"), 1, "Asia/Jakarta", ID).dueDate).toBe("2026-03-20");
    expect(addWorkingDays(at("2026-03-19T10:00"), 1, "Asia/Jakarta", ID, "off").dueDate).toBe("2026-03-25");
  });

  it("adds the 10-day extension on top", () => {
    expect(addWorkingDays(at("2026-11-02T09:00"), 20, "Asia/Jakarta", ID).dueDate).toBe("2026-11-30");
  });

  it("counts in the recipient's zone: the same instant is another day in WIB and WIT", () => {
    // 23:30 WIB on Friday 20 Nov is already 01:30 on Saturday in WIT (Jayapura).
    const instant = at("2026-11-20T23:30", "Asia/Jakarta");
    expect(addWorkingDays(instant, 1, "Asia/Jakarta", ID).dueDate).toBe("2026-11-23");
    expect(addWorkingDays(instant, 1, "Asia/Jayapura", ID).dueDate).toBe("2026-11-23");
    // 07:30 WIB on Monday is 09:30 WIT Monday; both start counting Tuesday.
    expect(addWorkingDays(at("2026-11-23T07:30"), 1, "Asia/Jayapura", ID).dueDate).toBe("2026-11-24");
    // 00:30 WIT on Tuesday is still Monday 22:30 in WIB.
    const lateMonday = at("2026-11-24T00:30", "Asia/Jayapura");
    expect(addWorkingDays(lateMonday, 1, "Asia/Jayapura", ID).dueDate).toBe("2026-11-25");
    expect(addWorkingDays(lateMonday, 1, "Asia/Jakarta", ID).dueDate).toBe("2026-11-24");
  });

  it("ends the due day at local midnight", () => {
    const { dueEnd } = addWorkingDays(at("2026-11-02T09:00"), 10, "Asia/Jakarta", ID);
    expect(dueEnd.toISOString()).toBe("2026-11-16T16:59:59.999Z");
  });
});

describe("isWorkingDate", () => {
  it("uses each country's own holidays", () => {
    expect(isWorkingDate("2026-07-14", calendarFor(countryPack("FR").holidays, null))).toBe(false);
    expect(isWorkingDate("2026-07-14", ID)).toBe(true);
    expect(isWorkingDate("2026-08-17", ID)).toBe(false);
  });

  it("treats cuti bersama by the reading asked for, and weekends as days off", () => {
    expect(isWorkingDate("2026-03-20", ID, "working")).toBe(true);
    expect(isWorkingDate("2026-03-20", ID, "off")).toBe(false);
    expect(isWorkingDate("2026-03-21", ID, "working")).toBe(false);
    expect(isWorkingDate("2026-11-28", ID)).toBe(false);
  });

  it("uses a region's own holidays where the user set one (Spain, Galicia)", () => {
    const spain = countryPack("ES").holidays;
    expect(isWorkingDate("2026-03-19", calendarFor(spain, null))).toBe(true);
    expect(isWorkingDate("2026-03-19", calendarFor(spain, "GA"))).toBe(false);
  });
});

describe("local dates", () => {
  it("gives the recipient's date and numbers consecutive dates across DST", () => {
    expect(localDate(new Date("2026-03-30T22:30Z"), "Europe/Paris")).toBe("2026-03-31");
    expect(dayNumber("2026-03-30") - dayNumber("2026-03-28")).toBe(2);
    expect(yearsBetween("2026-12-21", "2027-01-05")).toEqual([2026, 2027]);
  });
});
