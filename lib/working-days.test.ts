import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, publicHolidays } from "./working-days";
import { DateTime } from "luxon";

const at = (iso: string, zone = "Asia/Jakarta") => DateTime.fromISO(iso, { zone }).toJSDate();

describe("addWorkingDays (Indonesia)", () => {
  it.each([
    // from (local)              days  due date      why
    ["2026-11-02T09:00", 10, "2026-11-16", "two plain weeks"],
    ["2026-11-20T17:30", 10, "2026-12-04", "sent on a Friday evening: counting starts Monday"],
    ["2026-11-21T10:00", 1, "2026-11-23", "sent on a Saturday"],
    ["2026-11-22T23:59", 1, "2026-11-23", "sent on Sunday just before midnight"],
    ["2026-12-23T10:00", 2, "2026-12-28", "Christmas Day is skipped"],
  ])("%s + %i working days → %s (%s)", (from, days, due) => {
    expect(addWorkingDays(at(from), days, "Asia/Jakarta", "ID").dueDate).toBe(due);
  });

  it("skips the long Lebaran break of 2026 (Nyepi 19 March, Idul Fitri 20–21 March) and Good Friday", () => {
    const holidays = publicHolidays("ID", 2026);
    expect([...holidays].filter((d) => d.startsWith("2026-03"))).toEqual(["2026-03-19", "2026-03-20", "2026-03-21"]);
    // Sent Wednesday 18 March: 19–22 are holidays or weekend, then 23 March is day 1 … 2 April day 9,
    // 3 April is Good Friday, so day 10 is Monday 6 April.
    expect(addWorkingDays(at("2026-03-18T16:00"), 10, "Asia/Jakarta", "ID").dueDate).toBe("2026-04-06");
  });

  it("adds the 10-day extension on top", () => {
    expect(addWorkingDays(at("2026-11-02T09:00"), 20, "Asia/Jakarta", "ID").dueDate).toBe("2026-11-30");
  });

  it("counts in the recipient's zone: the same instant is another day in WIB and WIT", () => {
    // 23:30 WIB on Friday 20 Nov is already 01:30 on Saturday in WIT (Jayapura).
    const instant = at("2026-11-20T23:30", "Asia/Jakarta");
    expect(addWorkingDays(instant, 1, "Asia/Jakarta", "ID").dueDate).toBe("2026-11-23");
    expect(addWorkingDays(instant, 1, "Asia/Jayapura", "ID").dueDate).toBe("2026-11-23");
    // 07:30 WIB on Monday is 09:30 WIT Monday; both start counting Tuesday.
    expect(addWorkingDays(at("2026-11-23T07:30"), 1, "Asia/Jayapura", "ID").dueDate).toBe("2026-11-24");
    // 00:30 WIT on Tuesday is still Monday 22:30 in WIB.
    const lateMonday = at("2026-11-24T00:30", "Asia/Jayapura");
    expect(addWorkingDays(lateMonday, 1, "Asia/Jayapura", "ID").dueDate).toBe("2026-11-25");
    expect(addWorkingDays(lateMonday, 1, "Asia/Jakarta", "ID").dueDate).toBe("2026-11-24");
  });

  it("ends the due day at local midnight", () => {
    const { dueEnd } = addWorkingDays(at("2026-11-02T09:00"), 10, "Asia/Jakarta", "ID");
    expect(dueEnd.toISOString()).toBe("2026-11-16T16:59:59.999Z");
  });
});

describe("isWorkingDay", () => {
  it("uses each country's own holidays", () => {
    const bastille = DateTime.fromISO("2026-07-14", { zone: "Europe/Paris" });
    expect(isWorkingDay(bastille, "FR")).toBe(false);
    expect(isWorkingDay(DateTime.fromISO("2026-07-14", { zone: "Asia/Jakarta" }), "ID")).toBe(true);
    expect(isWorkingDay(DateTime.fromISO("2026-08-17", { zone: "Asia/Jakarta" }), "ID")).toBe(false);
  });
});
