import { isFinancialCase } from "./progress";
import type { CountryPack } from "../countries/types";
import type { CaseAnswers, Category } from "../domain";
import { parseRupiah, type CaseQuestionsInput } from "../validations/case-questions";

export type CaseQuestion = "licensed" | "customer" | "loss" | "numberSource";

/**
 * The questions worth asking about this case: only those a rule, deadline or route of its
 * country depends on, for the kind of sender it is.
 */
export function caseQuestions(pack: CountryPack, categories: readonly Category[], licensed: CaseAnswers["licensed"]): CaseQuestion[] {
  // A sender the user says is unlicensed is outside OJK's rules: customers' deadlines and the source duty do not apply.
  const financial = isFinancialCase(categories);
  const bound = financial && licensed !== "no";
  const questions: CaseQuestion[] = [];
  if (financial && pack.rules.some((rule) => rule.sectors === "financial")) questions.push("licensed");
  const forCustomers = pack.complaintDeadlines.some((d) => d.needs.includes("customer")) || pack.regulators.some((r) => r.fitsWhen?.customersOnly);
  if (bound && forCustomers) questions.push("customer");
  const lossRoutes = pack.regulators.filter((r) => r.fitsWhen?.loss && (r.sectors === "any" || financial));
  if (lossRoutes.length > 0 && (financial || categories.includes("scam"))) questions.push("loss");
  if (bound && pack.rules.some((rule) => rule.check.kind === "sourceNotGiven")) questions.push("numberSource");
  return questions;
}

/** The answers as stored: "" becomes null (not answered); the product only for a customer; the loss in rupiah (0: none). */
export function toCaseAnswers(input: CaseQuestionsInput): CaseAnswers {
  return {
    licensed: input.licensed || null,
    customer: input.customer || null,
    product: input.customer === "yes" && input.product ? input.product : null,
    lossRupiah: input.loss === "none" ? 0 : input.loss === "some" ? parseRupiah(input.lossAmount) : null,
    numberSource: input.numberSource || null,
  };
}

/** The form's values for what the user answered before. */
export function caseAnswersInput(answers: CaseAnswers): CaseQuestionsInput {
  return {
    licensed: answers.licensed ?? "",
    customer: answers.customer ?? "",
    product: answers.product ?? "",
    loss: answers.lossRupiah === null ? "" : answers.lossRupiah === 0 ? "none" : "some",
    lossAmount: answers.lossRupiah ? String(answers.lossRupiah) : "",
    numberSource: answers.numberSource ?? "",
  };
}

/** The case's questions the user has not answered yet ("not sure" is an answer). */
export function openQuestions(pack: CountryPack, categories: readonly Category[], answers: CaseAnswers): CaseQuestion[] {
  const values = caseAnswersInput(answers);
  return caseQuestions(pack, categories, answers.licensed).filter((question) => values[question] === "");
}
