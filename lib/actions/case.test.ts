import { beforeEach, describe, expect, it } from "vitest";
import { findCaseForUser, listCaseSummaries } from "@/db/queries/cases";
import { testSession as session } from "@/lib/testing/session";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { setCaseAnswersAction } from "./case";
import { createIncidentAction } from "./incident";

const answers = (more: Record<string, string> = {}) => ({ licensed: "", customer: "", product: "", loss: "", lossAmount: "", numberSource: "", ...more });

async function newCase(): Promise<string> {
  await expect(createIncidentAction(smsInput())).rejects.toThrow(/REDIRECT/);
  return (await listCaseSummaries(session.user!.id))[0]!.id;
}

describe("setCaseAnswersAction: the questions about a case", () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });

  it("stores what the user answered: yes/no/not sure, the product only for a customer, the loss in rupiah", async () => {
    const caseId = await newCase();
    expect(
      await setCaseAnswersAction(
        caseId,
        answers({ licensed: "yes", customer: "yes", product: "Kartu kredit", loss: "some", lossAmount: "Rp 2.500.000", numberSource: "third_party" }),
      ),
    ).toEqual({ ok: true, data: undefined });
    expect(await findCaseForUser(session.user!.id, caseId)).toMatchObject({
      licensed: "yes",
      customer: "yes",
      product: "Kartu kredit",
      lossRupiah: 2_500_000,
      numberSource: "third_party",
    });
    await setCaseAnswersAction(caseId, answers({ licensed: "unsure", customer: "no", product: "Kartu kredit", loss: "none" }));
    expect(await findCaseForUser(session.user!.id, caseId)).toMatchObject({
      licensed: "unsure",
      customer: "no",
      product: null,
      lossRupiah: 0,
      numberSource: null,
    });
  });

  it.each([
    ["a loss without an amount", answers({ loss: "some" }), { lossAmount: "lossAmountRequired" }],
    ["a loss in words", answers({ loss: "some", lossAmount: "dua juta" }), { lossAmount: "lossAmountInvalid" }],
    ["an answer that is not one", answers({ licensed: "maybe" }), { licensed: "answerInvalid" }],
    ["a product of 300 characters", answers({ customer: "yes", product: "x".repeat(300) }), { product: "productTooLong" }],
  ])("refuses %s with a field error and changes nothing", async (_label, values, fieldErrors) => {
    const caseId = await newCase();
    expect(await setCaseAnswersAction(caseId, values)).toEqual({ ok: false, fieldErrors });
    expect(await findCaseForUser(session.user!.id, caseId)).toMatchObject({ licensed: null, customer: null, lossRupiah: null });
  });

  it("answers another user's case, or no case, with not found", async () => {
    const caseId = await newCase();
    const owner = session.user!;
    session.user = await createTestUser();
    expect(await setCaseAnswersAction(caseId, answers({ licensed: "no" }))).toEqual({ ok: false, fieldErrors: {}, formError: "notFound" });
    expect(await setCaseAnswersAction("not-a-uuid", answers({ licensed: "no" }))).toEqual({ ok: false, fieldErrors: {}, formError: "notFound" });
    expect((await findCaseForUser(owner.id, caseId))?.licensed).toBeNull();
  });
});
