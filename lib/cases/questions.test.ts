import { describe, expect, it } from "vitest";
import { caseAnswersInput, caseQuestions, openQuestions, toCaseAnswers } from "./questions";
import { NO_CASE_ANSWERS } from "../domain";
import { countryPack } from "../countries";
import { parseRupiah } from "../validations/case-questions";

describe("caseQuestions: asked only where a rule, deadline or route depends on them", () => {
  it.each([
    ["an Indonesian loan", "ID", ["loan"], null, ["licensed", "customer", "loss", "numberSource"]],
    ["an Indonesian loan from a sender said to be unlicensed", "ID", ["loan"], "no", ["licensed", "loss"]],
    ["an Indonesian scam", "ID", ["scam"], null, ["loss"]],
    ["an Indonesian shop", "ID", ["shop_promo"], null, []],
    ["a French loan", "FR", ["loan"], null, []],
  ] as const)("%s → %j", (_label, country, categories, licensed, expected) => {
    expect(caseQuestions(countryPack(country), categories, licensed)).toEqual(expected);
  });
});

describe("openQuestions: what the case page counts as still to answer", () => {
  it('leaves out what was answered, "not sure" included, and what an answer made moot', () => {
    const pack = countryPack("ID");
    expect(openQuestions(pack, ["loan"], NO_CASE_ANSWERS)).toEqual(["licensed", "customer", "loss", "numberSource"]);
    expect(openQuestions(pack, ["loan"], { ...NO_CASE_ANSWERS, licensed: "unsure", lossRupiah: 0 })).toEqual(["customer", "numberSource"]);
    // Unlicensed: the customer and source questions are no longer asked at all.
    expect(openQuestions(pack, ["loan"], { ...NO_CASE_ANSWERS, licensed: "no" })).toEqual(["loss"]);
  });
});

describe("the answers as stored and as the form shows them again", () => {
  it("round-trips every answer, with a loss of none as 0 and no answer as null", () => {
    const stored = toCaseAnswers({ licensed: "unsure", customer: "yes", product: "KTA", loss: "some", lossAmount: "1.500.000", numberSource: "" });
    expect(stored).toEqual({ licensed: "unsure", customer: "yes", product: "KTA", lossRupiah: 1_500_000, numberSource: null });
    expect(caseAnswersInput(stored)).toEqual({ licensed: "unsure", customer: "yes", product: "KTA", loss: "some", lossAmount: "1500000", numberSource: "" });
    expect(toCaseAnswers({ licensed: "", customer: "", product: "", loss: "none", lossAmount: "", numberSource: "me" })).toMatchObject({
      lossRupiah: 0,
      numberSource: "me",
    });
  });

  it.each([
    ["2.500.000", 2_500_000],
    ["2,500,000", 2_500_000],
    ["Rp 750.000", 750_000],
    ["rp.1 000", 1000],
    ["0", null],
    ["dua juta", null],
    ["-5", null],
    ["99999999999999", null],
  ])("reads %j as %j rupiah", (typed, expected) => {
    expect(parseRupiah(typed)).toBe(expected);
  });
});
