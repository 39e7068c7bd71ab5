"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { redact, type RedactionContext } from "@/lib/redaction";
import { shareSchema, type ShareInput } from "@/lib/validations/share";
import { FormAlert, useErrorText } from "./form-fields";
import { MaskedText } from "./masked-text";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

export type ShareItem = { id: string; label: string; text: string | null };
export type ShareScreenshot = { id: string; url: string; fileName: string };
type Crop = ShareInput["screenshots"][number]["crop"];
const NO_CROP: Crop = { top: 0, bottom: 0, left: 0, right: 0 };
const EDGES = ["top", "bottom", "left", "right"] as const;

type Props = {
  items: ShareItem[];
  screenshots: ShareScreenshot[];
  context: Omit<RedactionContext, "extra">;
  defaultValues: ShareInput;
  shared: boolean;
  share: (values: ShareInput) => Promise<ActionResult>;
};

/**
 * The preview of exactly what will be public, live: each message as the public will read it,
 * masks marked. The reporter hides more by selecting text (or typing it), and picks and crops
 * the screenshots to publish. The server applies the same masks again on saving.
 */
export function ShareForm({ items, screenshots, context, defaultValues, shared, share }: Props) {
  const t = useTranslations("share");
  const errorText = useErrorText();
  const form = useForm<ShareInput>({ resolver: zodResolver(shareSchema), defaultValues });
  const masks = useFieldArray({ control: form.control, name: "extraMasks" as never });
  const extraMasks = form.watch("extraMasks");
  const chosen = form.watch("screenshots");
  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, share, { refresh: true });
  const [selection, setSelection] = useState("");
  const [typed, setTyped] = useState("");
  const [maskError, setMaskError] = useState<string>();
  const previewRef = useRef<HTMLDivElement>(null);
  const typedId = useId();

  // Remember the last text selected inside the preview: tapping the button clears a selection on phones.
  useEffect(() => {
    const onChange = () => {
      const current = document.getSelection();
      const inside = current && previewRef.current && current.anchorNode && previewRef.current.contains(current.anchorNode);
      if (inside && current.toString().trim()) setSelection(current.toString().trim());
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, []);

  const hide = (text: string) => {
    const parsed = shareSchema.shape.extraMasks.element.safeParse(text);
    if (!parsed.success) return setMaskError(errorText(parsed.error.issues[0]?.message));
    setMaskError(undefined);
    if (!extraMasks.includes(parsed.data)) masks.append(parsed.data as never);
    clearSaved();
  };

  const toggleScreenshot = (id: string, on: boolean) => {
    const rest = chosen.filter((s) => s.evidenceId !== id);
    form.setValue("screenshots", on ? [...rest, { evidenceId: id, crop: NO_CROP }] : rest, { shouldDirty: true });
    clearSaved();
  };
  const setCrop = (id: string, edge: (typeof EDGES)[number], value: number) => {
    form.setValue(
      "screenshots",
      chosen.map((s) => (s.evidenceId === id ? { ...s, crop: { ...s.crop, [edge]: value } } : s)),
      { shouldDirty: true },
    );
    clearSaved();
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("saved")} /> : null}

      <section aria-labelledby="preview-heading" className="space-y-3">
        <h2 id="preview-heading" className="text-xl font-semibold">
          {t("previewTitle")}
        </h2>
        <p>{t("previewLead")}</p>
        <div ref={previewRef} className="space-y-2">
          {items.map((item) => (
            <article key={item.id} className="card" aria-label={item.label}>
              <p className="text-sm text-stone-700">{item.label}</p>
              {item.text ? (
                <p dir="auto" className="whitespace-pre-wrap break-words">
                  <MaskedText text={redact(item.text, { ...context, extra: extraMasks }).text} />
                </p>
              ) : (
                <p className="text-stone-600">{t("noText")}</p>
              )}
            </article>
          ))}
        </div>
        <div className="card space-y-3">
          <p>{t("selectHint")}</p>
          <button
            type="button"
            className="btn-secondary"
            disabled={!selection}
            onClick={() => {
              hide(selection);
              setSelection("");
            }}
          >
            {selection ? t("hideSelection", { text: selection.length > 40 ? `${selection.slice(0, 40)}…` : selection }) : t("hideSelectionEmpty")}
          </button>
          <div>
            <label htmlFor={typedId} className="label">
              {t("typeToHide")}
            </label>
            <div className="flex gap-2">
              <input
                id={typedId}
                className="input"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
                aria-describedby={maskError ? `${typedId}-error` : undefined}
              />
              <button
                type="button"
                className="btn-secondary shrink-0"
                onClick={() => {
                  hide(typed);
                  setTyped("");
                }}
              >
                {t("hide")}
              </button>
            </div>
            {maskError ? (
              <p id={`${typedId}-error`} className="field-error" role="alert">
                {maskError}
              </p>
            ) : null}
          </div>
          {extraMasks.length > 0 ? (
            <ul aria-label={t("hiddenList")} className="space-y-1">
              {extraMasks.map((text, index) => (
                <li key={`${text}-${index}`} className="flex items-center justify-between gap-2">
                  <span className="break-all">“{text}”</span>
                  <button
                    type="button"
                    className="btn-secondary min-h-10 shrink-0 py-1 text-sm"
                    aria-label={t("showAgainLabel", { text })}
                    onClick={() => {
                      masks.remove(index);
                      clearSaved();
                    }}
                  >
                    {t("showAgain")}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>

      {screenshots.length > 0 ? (
        <section aria-labelledby="screenshots-heading" className="space-y-3">
          <h2 id="screenshots-heading" className="text-xl font-semibold">
            {t("screenshotsTitle")}
          </h2>
          <p>{t("screenshotsLead")}</p>
          {screenshots.map((shot) => {
            const choice = chosen.find((s) => s.evidenceId === shot.id);
            return (
              <fieldset key={shot.id} className="card space-y-3">
                <legend className="sr-only">{shot.fileName}</legend>
                <label className="flex items-center gap-3 font-medium">
                  <input type="checkbox" className="h-5 w-5" checked={Boolean(choice)} onChange={(event) => toggleScreenshot(shot.id, event.target.checked)} />
                  {t("publishScreenshot", { name: shot.fileName })}
                </label>
                {choice ? (
                  <>
                    <div className="overflow-hidden rounded-lg border border-stone-300 bg-stone-100">
                      {/* eslint-disable-next-line @next/next/no-img-element -- the owner's own file, served by the evidence route */}
                      <img
                        src={shot.url}
                        alt={t("cropPreview", { name: shot.fileName })}
                        className="mx-auto max-h-96"
                        style={{ clipPath: `inset(${choice.crop.top}% ${choice.crop.right}% ${choice.crop.bottom}% ${choice.crop.left}%)` }}
                      />
                    </div>
                    <div className="grid grid-cols-2 gap-3">
                      {EDGES.map((edge) => (
                        <label key={edge} className="text-sm">
                          {t(`cut.${edge}`, { percent: choice.crop[edge] })}
                          <input
                            type="range"
                            min={0}
                            max={45}
                            step={1}
                            className="w-full"
                            value={choice.crop[edge]}
                            onChange={(event) => setCrop(shot.id, edge, Number(event.target.value))}
                          />
                        </label>
                      ))}
                    </div>
                  </>
                ) : null}
              </fieldset>
            );
          })}
        </section>
      ) : null}

      <p className="hint">{t("neverPublic")}</p>
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={form.formState.isSubmitting}>
        {shared ? t("update") : t("submit")}
      </button>
    </form>
  );
}
