"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { startImportAction } from "@/lib/actions/import";
import { CATEGORIES, CONSENTS, STOP_REQUESTS } from "@/lib/domain";
import { ErrorText, FormAlert, useErrorText } from "./form-fields";

export type ReviewSender = {
  key: string;
  sender: string;
  /** "12 messages · 3 calls", "2 Jan 2025 – 3 Mar 2026", formatted by the page. */
  counts: string;
  range: string;
  /** Incidents it will give (capped by the per-sender limit). */
  willImport: number;
  /** A note when it is over the limit. */
  limitNote: string | null;
  /** Why it cannot be imported, translated; null when it can. */
  blocked: string | null;
};

type Answers = { category: string; consent: string; stopRequest: string; stopRequestedAt: string };
const EMPTY: Answers = { category: "", consent: "", stopRequest: "none", stopRequestedAt: "" };

/**
 * Two steps on one screen: tick the senders to import (none ticked at first), then answer, once
 * per ticked sender, what applies to all its messages (category, consent, whether and when the
 * user asked it to stop), see how many incidents that makes, and import.
 */
export function ImportReview({ importId, senders }: { importId: string; senders: ReviewSender[] }) {
  const t = useTranslations("import");
  const tf = useTranslations("incident");
  const tc = useTranslations("category");
  const tk = useTranslations("consent");
  const ts = useTranslations("stopRequest");
  const errorText = useErrorText();
  const router = useRouter();
  const [picked, setPicked] = useState<string[]>([]);
  const [step, setStep] = useState<"pick" | "review">("pick");
  const [answers, setAnswers] = useState<Record<string, Answers>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const chosen = senders.filter((s) => picked.includes(s.key));
  const total = chosen.reduce((sum, s) => sum + s.willImport, 0);
  const answerOf = (key: string) => answers[key] ?? EMPTY;
  const setAnswer = (key: string, change: Partial<Answers>) => setAnswers((all) => ({ ...all, [key]: { ...(all[key] ?? EMPTY), ...change } }));

  const submit = () => {
    setFormError(undefined);
    setFieldErrors({});
    startTransition(async () => {
      try {
        const result = await startImportAction(importId, { senders: chosen.map((s) => ({ key: s.key, ...answerOf(s.key) })) });
        if (!result.ok) {
          setFieldErrors(result.fieldErrors);
          setFormError(result.formError ? errorText(result.formError) : errorText(Object.values(result.fieldErrors)[0] ?? "unexpected"));
          return;
        }
        router.refresh();
      } catch {
        setFormError(errorText("unexpected"));
      }
    });
  };

  if (step === "pick") {
    return (
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (picked.length === 0) return setFormError(errorText("import.pickOne"));
          setFormError(undefined);
          setStep("review");
        }}
      >
        <fieldset className="space-y-2">
          <legend className="text-lg font-bold">{t("sendersTitle")}</legend>
          <p className="hint mt-0">{t("sendersIntro")}</p>
          <ul className="space-y-2">
            {senders.map((s) => (
              <li key={s.key}>
                <label
                  className={`flex min-h-11 items-start gap-3 rounded-lg border border-stone-400 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50 ${s.blocked ? "" : "cursor-pointer"}`}
                >
                  <input
                    type="checkbox"
                    className="mt-1 size-5 shrink-0 accent-brand-700"
                    disabled={s.blocked !== null}
                    checked={picked.includes(s.key)}
                    onChange={(e) => setPicked((all) => (e.target.checked ? [...all, s.key] : all.filter((k) => k !== s.key)))}
                  />
                  <span className="min-w-0">
                    <span dir="auto" className="block break-words font-semibold">
                      {s.sender}
                    </span>
                    <span className="block text-sm">{s.counts}</span>
                    <span className="block text-sm">{s.range}</span>
                    {s.limitNote ? <span className="mt-1 block text-sm font-medium text-amber-900">{s.limitNote}</span> : null}
                    {s.blocked ? <span className="mt-1 block text-sm text-stone-800">{s.blocked}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <FormAlert message={formError} />
        <button type="submit" className="btn-primary w-full sm:w-auto">
          {t("next", { count: picked.length })}
        </button>
      </form>
    );
  }

  return (
    <div className="space-y-4">
      <h2 className="text-lg font-bold">{t("reviewTitle")}</h2>
      <p>{t("reviewIntro")}</p>
      {chosen.map((s, index) => {
        const a = answerOf(s.key);
        const id = `sender-${index}`;
        const error = (field: string) => errorText(fieldErrors[`senders.${index}.${field}`]);
        return (
          <fieldset key={s.key} className="card space-y-3">
            <legend className="px-1 font-semibold">
              <span dir="auto">{s.sender}</span> <span className="font-normal">({s.counts})</span>
            </legend>
            {s.limitNote ? <p className="text-sm font-medium text-amber-900">{s.limitNote}</p> : null}
            <div>
              <label htmlFor={`${id}-category`} className="label">
                {tf("category")}
              </label>
              <select
                id={`${id}-category`}
                className="input"
                value={a.category}
                aria-invalid={error("category") ? true : undefined}
                aria-describedby={error("category") ? `${id}-category-error` : undefined}
                onChange={(e) => setAnswer(s.key, { category: e.target.value })}
              >
                <option value="">{t("choose")}</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {tc(c)}
                  </option>
                ))}
              </select>
              <ErrorText id={`${id}-category`} error={error("category")} />
            </div>
            <fieldset aria-describedby={error("consent") ? `${id}-consent-error` : undefined}>
              <legend className="label">{tf("consent")}</legend>
              <div className="grid grid-cols-1 gap-2">
                {CONSENTS.map((c) => (
                  <label
                    key={c}
                    className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-400 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold"
                  >
                    <input
                      type="radio"
                      name={`${id}-consent`}
                      value={c}
                      checked={a.consent === c}
                      onChange={() => setAnswer(s.key, { consent: c })}
                      className="size-5 shrink-0 accent-brand-700"
                    />
                    <span>{tk(c)}</span>
                  </label>
                ))}
              </div>
              <ErrorText id={`${id}-consent`} error={error("consent")} />
            </fieldset>
            <div>
              <label htmlFor={`${id}-stop`} className="label">
                {tf("stopRequest")}
              </label>
              <select id={`${id}-stop`} className="input" value={a.stopRequest} onChange={(e) => setAnswer(s.key, { stopRequest: e.target.value })}>
                {STOP_REQUESTS.map((r) => (
                  <option key={r} value={r}>
                    {ts(r)}
                  </option>
                ))}
              </select>
            </div>
            {a.stopRequest !== "none" ? (
              <div>
                <label htmlFor={`${id}-stop-at`} className="label">
                  {tf("stopRequestedAt")}
                </label>
                <input
                  id={`${id}-stop-at`}
                  type="datetime-local"
                  className="input"
                  value={a.stopRequestedAt}
                  aria-invalid={error("stopRequestedAt") ? true : undefined}
                  aria-describedby={error("stopRequestedAt") ? `${id}-stop-at-error` : undefined}
                  onChange={(e) => setAnswer(s.key, { stopRequestedAt: e.target.value })}
                />
                <ErrorText id={`${id}-stop-at`} error={error("stopRequestedAt")} />
              </div>
            ) : null}
          </fieldset>
        );
      })}
      <p className="font-semibold" role="status">
        {t("willCreate", { count: total })}
      </p>
      <FormAlert message={formError} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <button type="button" className="btn-primary w-full sm:w-auto" disabled={pending} onClick={submit}>
          {pending ? t("starting") : t("start")}
        </button>
        <button type="button" className="btn-secondary w-full sm:w-auto" disabled={pending} onClick={() => setStep("pick")}>
          {t("back")}
        </button>
      </div>
    </div>
  );
}
