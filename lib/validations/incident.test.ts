import { describe, expect, it } from "vitest";
import { smsInput } from "@/lib/testing/factories";
import { incidentSchema } from "./incident";

const errorsOf = (v: unknown) => {
  const r = incidentSchema.safeParse(v);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("incidentSchema", () => {
  it("accepts a complete SMS", () => {
    expect(errorsOf(smsInput())).toEqual({});
  });

  it.each([
    [{ sender: "" }, { sender: "senderRequired" }],
    [{ sender: "0812" }, { sender: "senderInvalidPhone" }],
    [{ occurredAt: "" }, { occurredAt: "dateRequired" }],
    [{ occurredAt: "2999-01-01T10:00" }, { occurredAt: "dateInFuture" }],
    [{ occurredAt: "1990-01-01T10:00" }, { occurredAt: "dateTooOld" }],
    [{ messageText: "" }, { messageText: "messageRequired" }],
    [{ messageText: "x".repeat(10_000) }, { messageText: "messageTooLong" }],
    [{ channel: "call", messageText: "", callAnswered: "" }, { callAnswered: "callAnsweredRequired" }],
    [{ channel: "call", callAnswered: "yes", callSeconds: "75" }, { callSeconds: "durationInvalid" }],
    [{ channel: "fax" }, { channel: "channelRequired" }],
    [{ stopRequest: "replied_stop", stopRequestedAt: "2999-01-01T00:00" }, { stopRequestedAt: "dateInFuture" }],
  ])("%j gives %j", (overrides, errors) => {
    expect(errorsOf({ ...smsInput(), ...overrides })).toEqual(errors);
  });

  it("reports every wrong field at once, cross-field checks included", () => {
    expect(errorsOf({ ...smsInput(), sender: "0812", occurredAt: "2999-01-01T10:00", messageText: "", category: "", consent: undefined })).toEqual({
      sender: "senderInvalidPhone",
      occurredAt: "dateInFuture",
      messageText: "messageRequired",
      category: "categoryRequired",
      consent: "consentRequired",
    });
  });

  it("answers garbage with errors, not exceptions", () => {
    expect(() => incidentSchema.safeParse({ sender: 42, channel: null, occurredAt: {} })).not.toThrow();
    expect(incidentSchema.safeParse("nonsense").success).toBe(false);
    expect(incidentSchema.safeParse({ sender: 42 }).success).toBe(false);
  });

  it("lets a call go without message text and a stop request without a time", () => {
    expect(errorsOf(smsInput({ channel: "call", messageText: "", callAnswered: "no", stopRequest: "told_on_phone" }))).toEqual({});
  });
});
