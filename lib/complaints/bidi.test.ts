import { describe, expect, it } from "vitest";
import { hasRightToLeft, paragraphDirection, visualRuns, type Direction } from "./bidi";

const oneFont = () => "main";
/** What the page shows, left to right: fontkit reverses the runs whose script is right-to-left. */
const drawn = (line: string, direction: Direction = paragraphDirection(line)) =>
  visualRuns(line, direction, oneFont)
    .map((run) => (hasRightToLeft(run.text) ? [...run.text].reverse().join("") : run.text))
    .join("");

describe("visualRuns", () => {
  it("leaves left-to-right text as one run", () => {
    expect(visualRuns("Pinjaman cair (10 juta)", "ltr", oneFont)).toEqual([{ text: "Pinjaman cair (10 juta)", font: "main" }]);
  });

  it("shows a Hebrew line right to left, brackets mirrored and numbers left to right", () => {
    expect(drawn("שלום (123)")).toBe("(123) םולש");
    expect(drawn("שלום עולם (דוד)")).toBe("(דוד) םלוע םולש");
  });

  it("puts a Hebrew name inside a Latin sentence in reading order", () => {
    expect(drawn("Nama: דוד כהן, Bandung")).toBe("Nama: ןהכ דוד, Bandung");
  });

  it("hands Arabic runs to the font engine in reading order, so that it can join the letters", () => {
    const runs = visualRuns("Pesan: السلام عليكم!", "ltr", oneFont);
    expect(runs.map((run) => run.text)).toEqual(["Pesan: ", "السلام عليكم", "!"]);
  });

  it("lays out a Latin word in a right-to-left paragraph on the left of the Hebrew before it", () => {
    expect(drawn("שלום Spamtrail", "rtl")).toBe("Spamtrail םולש");
  });

  it("keeps an emoji with its modifiers whole and in its own font, also inside Hebrew", () => {
    const fontOf = (grapheme: string) => (/\p{Extended_Pictographic}/u.test(grapheme) ? "emoji" : "main");
    expect(visualRuns("Cair 👍🏽 hari ini", "ltr", fontOf)).toEqual([
      { text: "Cair ", font: "main" },
      { text: "👍🏽", font: "emoji" },
      { text: " hari ini", font: "main" },
    ]);
    const hebrew = visualRuns("תודה 👨‍👩‍👧 רבה", "rtl", fontOf);
    expect(hebrew.map((run) => run.font)).toEqual(["main", "emoji", "main"]);
    expect(hebrew[1]!.text).toBe("👨‍👩‍👧");
    // Drawn left to right: the last word first.
    expect(hebrew[0]!.text.trim()).toBe("רבה");
  });

  it("keeps a phone number with spaces whole and left to right inside Hebrew", () => {
    expect(drawn("השולח +972 54 123 4567 שלח", "rtl")).toBe("חלש +972 54 123 4567 חלושה");
    expect(drawn("טלפון: (021) 7981858", "rtl")).toBe("(021) 7981858 :ןופלט");
  });
});
