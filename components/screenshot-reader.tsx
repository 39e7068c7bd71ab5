"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { readScreenshot, toLocalDateTime, type ScreenshotReading } from "@/lib/capture/screenshot-text";
import { localToInstant } from "@/lib/local-time";
import type { IncidentInput } from "@/lib/validations/incident";

/** A screenshot to read: the file just picked on this device, or one already uploaded (from a share). */
export type ScreenshotImage = { key: string; name: string; file: File | null; evidenceId: string | null };

type State = { status: "reading"; progress: number } | { status: "done"; reading: ScreenshotReading } | { status: "failed" };

async function imageBlob(image: ScreenshotImage): Promise<Blob> {
  if (image.file) return image.file;
  const response = await fetch(`/api/evidence/${encodeURIComponent(image.evidenceId ?? "")}`);
  if (!response.ok) throw new Error(`evidence ${response.status}`);
  return response.blob();
}

/**
 * Reads a screenshot's text on this device (lib/capture/ocr-client.ts) and offers what it found
 * for the incident form: the message, the sender and the time, each filled in with one tap and
 * checked like typed input. A suggestion only: the form saves whether or not reading finished.
 */
export function ScreenshotReader({ image, form }: { image: ScreenshotImage; form: UseFormReturn<IncidentInput> }) {
  const t = useTranslations("ocr");
  const format = useFormatter();
  const id = useId();
  const [state, setState] = useState<State>({ status: "reading", progress: 0 });
  const [text, setText] = useState("");
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    let current = true;
    void (async () => {
      try {
        const [{ readImageText }, blob] = await Promise.all([import("@/lib/capture/ocr-client"), imageBlob(image)]);
        const page = await readImageText(blob, (progress) => current && setState({ status: "reading", progress }));
        const reading = readScreenshot(page, form.getValues("timeZone"));
        if (!current) return;
        setText(reading.message ?? reading.text);
        setState({ status: "done", reading });
        setAnnouncement(reading.text.trim() ? t("done") : t("nothingFound"));
      } catch (error) {
        console.warn("screenshot reading failed", error);
        if (!current) return;
        setState({ status: "failed" });
        setAnnouncement(t("failed"));
      }
    })();
    return () => {
      current = false;
    };
    // One reading per image for as long as it is in the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [image.key]);

  // One live region that stays in place while the content around it changes, so the end of
  // reading is told once (not every percent); the save's message stays the page's only role="status".
  return (
    <div className="space-y-2">
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {body()}
    </div>
  );

  function body() {
    if (state.status === "reading") {
      const percent = Math.round(state.progress * 100);
      return (
        <div className="flex items-center gap-2">
          <progress className="h-2 w-full" max={100} value={percent} aria-label={t("progressLabel", { name: image.name })} />
          <span className="shrink-0 text-sm">{t("reading", { percent })}</span>
        </div>
      );
    }
    if (state.status === "failed" || !state.reading.text.trim()) return <p className="hint">{state.status === "failed" ? t("failed") : t("nothingFound")}</p>;

    const { reading } = state;
    const zone = form.getValues("timeZone");
    const occurredAt = reading.time ? toLocalDateTime(reading.time, zone, form.getValues("occurredAt")) : null;
    const instant = occurredAt ? localToInstant(occurredAt, zone) : null;
    const timeText = instant ? format.dateTime(instant, { dateStyle: "medium", timeStyle: "short", timeZone: zone }) : null;
    const fill = (field: "messageText" | "sender" | "occurredAt", value: string, said: string) => {
      // The message field shows only for messages: a screenshot of one is not a call.
      if (field === "messageText" && form.getValues("channel") === "call") form.setValue("channel", "sms", { shouldDirty: true });
      form.setValue(field, value, { shouldValidate: true, shouldDirty: true });
      // Typed from nothing, the incident now came from a screenshot; a share stays a share.
      if (form.getValues("source") === "form") form.setValue("source", "screenshot");
      setAnnouncement(said);
    };
    return (
      <>
        <div>
          <label htmlFor={`${id}-text`} className="text-sm font-medium">
            {t("readTextLabel", { name: image.name })}
          </label>
          <textarea
            id={`${id}-text`}
            className="input mt-1"
            rows={5}
            dir="auto"
            value={text}
            aria-describedby={`${id}-hint`}
            onChange={(event) => setText(event.target.value)}
          />
          <p id={`${id}-hint`} className="hint">
            {t("readHint")}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className="btn-secondary min-h-10 py-1 text-sm"
            disabled={!text.trim()}
            onClick={() => fill("messageText", text.trim(), t("usedMessage"))}
          >
            {t("useMessage")}
          </button>
          {reading.sender ? (
            <button
              type="button"
              className="btn-secondary min-h-10 py-1 text-sm"
              onClick={() => fill("sender", reading.sender!, t("usedSender", { sender: reading.sender! }))}
            >
              {t("useSender", { sender: reading.sender })}
            </button>
          ) : null}
          {occurredAt && timeText ? (
            <button
              type="button"
              className="btn-secondary min-h-10 py-1 text-sm"
              onClick={() => fill("occurredAt", occurredAt, t("usedTime", { time: timeText }))}
            >
              {t("useTime", { time: timeText })}
            </button>
          ) : null}
        </div>
        {reading.message && reading.text !== reading.message ? (
          <details className="text-sm">
            <summary className="cursor-pointer py-1">{t("allText")}</summary>
            <p className="whitespace-pre-wrap break-words" dir="auto">
              {reading.text}
            </p>
          </details>
        ) : null}
      </>
    );
  }
}
