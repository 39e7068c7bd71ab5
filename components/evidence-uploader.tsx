"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from "react";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, EVIDENCE_CAPTION_MAX_LENGTH, type EvidenceError } from "@/lib/evidence/limits";
import { deleteEvidenceFile, sendEvidenceFile } from "@/lib/evidence/upload-client";
import type { EvidenceView } from "@/lib/evidence/view";
import { EvidenceThumbnail } from "./evidence-thumbnail";
import type { ScreenshotImage } from "./screenshot-reader";

type Item = {
  key: string;
  name: string;
  status: "queued" | "uploading" | "done" | "failed";
  progress: number;
  error?: EvidenceError;
  evidence?: EvidenceView;
  caption: string;
  /** Saved with the incident before this form opened: removing it waits for the form's save. */
  saved: boolean;
  /** The picked file, kept on this device for reading (readImage). */
  file?: File;
};

/** A file refused before the form opened (one that came with a share), with the uploader's reason. */
export type RefusedFile = { fileName: string; error: EvidenceError };

type Props = {
  /** Files already saved with the incident being edited. */
  initial?: EvidenceView[];
  /** Files uploaded for this form before it opened (a share): they behave as if just uploaded here. */
  pending?: EvidenceView[];
  /** Files refused before the form opened, shown as refused uploads. */
  refused?: RefusedFile[];
  /** Upload straight into this saved incident or exchange (case page) instead of waiting for a form. */
  target?: { kind: "incident" | "exchange"; id: string };
  maxFiles: number;
  /** Form mode: the list the incident should end up with, in order, with captions. */
  onChange?: (items: { id: string; caption: string }[]) => void;
  onBusyChange?: (busy: boolean) => void;
  error?: string;
  /** Form mode: what to show under each image (the screenshot reader), from the local file or the uploaded one. */
  readImage?: (image: ScreenshotImage) => ReactNode;
};

let nextKey = 0;

/**
 * Picks, drops and uploads screenshots one at a time, each with its own progress bar, then
 * shows the server's thumbnail. A refused file says why and leaves everything else as it was.
 */
export function EvidenceUploader({ initial = [], pending = [], refused = [], target, maxFiles, onChange, onBusyChange, error, readImage }: Props) {
  const t = useTranslations("evidence");
  const terr = useTranslations("errors.evidence");
  const router = useRouter();
  const inputId = useId();
  const [items, setItems] = useState<Item[]>(() => [
    ...initial.map((evidence): Item => ({
      key: `saved-${evidence.id}`,
      name: evidence.fileName,
      status: "done",
      progress: 1,
      evidence,
      caption: evidence.caption,
      saved: true,
    })),
    ...pending.map((evidence): Item => ({
      key: `pending-${evidence.id}`,
      name: evidence.fileName,
      status: "done",
      progress: 1,
      evidence,
      caption: evidence.caption,
      saved: false,
    })),
    ...refused.map((file, index): Item => ({
      key: `refused-${index}`,
      name: file.fileName,
      status: "failed",
      progress: 0,
      error: file.error,
      caption: "",
      saved: false,
    })),
  ]);
  const [dragging, setDragging] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const queue = useRef<Promise<void>>(Promise.resolve());
  const direct = target !== undefined;

  const update = (key: string, change: Partial<Item>) => setItems((prev) => prev.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const busy = items.some((item) => item.status === "queued" || item.status === "uploading");
  useEffect(() => onBusyChange?.(busy), [busy, onBusyChange]);
  useEffect(() => {
    onChange?.(items.flatMap((item) => (item.status === "done" && item.evidence ? [{ id: item.evidence.id, caption: item.caption }] : [])));
  }, [items, onChange]);

  async function upload(key: string, file: File) {
    update(key, { status: "uploading" });
    const result = await sendEvidenceFile(file, target, (progress) => update(key, { progress }));
    if (result.ok) {
      update(key, { status: "done", progress: 1, evidence: result.evidence });
      setAnnouncement(t("uploaded", { name: file.name }));
      if (direct) router.refresh();
    } else {
      update(key, { status: "failed", error: result.error });
      setAnnouncement(t("refused", { name: file.name, reason: terr(result.error) }));
    }
  }

  function addFiles(files: File[]) {
    let room = maxFiles - items.filter((item) => item.status !== "failed").length;
    const added: Item[] = [];
    for (const file of files) {
      const key = `new-${nextKey++}`;
      const error: EvidenceError | undefined = room <= 0 ? "tooManyFiles" : file.size > EVIDENCE_MAX_BYTES ? "tooLarge" : file.size === 0 ? "empty" : undefined;
      added.push({ key, name: file.name, status: error ? "failed" : "queued", progress: 0, error, caption: "", saved: false, file });
      if (!error) {
        room--;
        queue.current = queue.current.then(() => upload(key, file));
      }
    }
    setItems((prev) => [...prev, ...added]);
  }

  function remove(item: Item) {
    setItems((prev) => prev.filter((other) => other.key !== item.key));
    if (item.evidence && (!item.saved || direct)) {
      void deleteEvidenceFile(item.evidence.id).then(() => direct && router.refresh());
    }
    setAnnouncement(t("removed", { name: item.name }));
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    addFiles(Array.from(event.dataTransfer.files));
  }

  return (
    <div className="space-y-3">
      <div
        role="group"
        aria-label={t("dropZone")}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`rounded-xl border-2 border-dashed p-4 text-center ${dragging ? "border-brand-700 bg-brand-50" : "border-stone-400"}`}
      >
        <label htmlFor={inputId} className="btn-secondary cursor-pointer focus-within:ring-2">
          {t("add")}
        </label>
        <input
          id={inputId}
          type="file"
          multiple
          accept={EVIDENCE_ACCEPT}
          className="sr-only"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            addFiles(Array.from(event.target.files ?? []));
            event.target.value = "";
          }}
        />
        <p id={`${inputId}-hint`} className="hint mt-2">
          {t("hint", { max: maxFiles })}
        </p>
      </div>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {items.length > 0 ? (
        <ul className="space-y-3" aria-label={t("listLabel")}>
          {items.map((item) => (
            <li key={item.key} className="card flex flex-wrap gap-3 p-3">
              {item.status !== "failed" ? (
                <div className="h-20 w-20 shrink-0 overflow-hidden rounded-lg bg-stone-100">
                  {item.evidence ? <EvidenceThumbnail evidence={item.evidence} alt={t("thumbnailOf", { name: item.name })} /> : null}
                </div>
              ) : null}
              <div className="min-w-0 flex-1 space-y-2">
                <p className="break-all text-sm font-medium">{item.name}</p>
                {item.status === "queued" || item.status === "uploading" ? (
                  <div className="flex items-center gap-2">
                    <progress className="h-2 w-full" max={100} value={Math.round(item.progress * 100)} aria-label={t("uploading", { name: item.name })} />
                    <span className="text-sm tabular-nums">{Math.round(item.progress * 100)}%</span>
                  </div>
                ) : null}
                {item.status === "failed" && item.error ? (
                  <p className="field-error mt-0" role="alert">
                    {t("refused", { name: item.name, reason: terr(item.error) })}
                  </p>
                ) : null}
                {item.status === "done" && onChange ? (
                  <div>
                    <label htmlFor={`${item.key}-caption`} className="text-sm font-medium">
                      {t("caption")}
                    </label>
                    <input
                      id={`${item.key}-caption`}
                      className="input mt-1"
                      value={item.caption}
                      maxLength={EVIDENCE_CAPTION_MAX_LENGTH}
                      aria-label={t("captionFor", { name: item.name })}
                      dir="auto"
                      onChange={(event) => update(item.key, { caption: event.target.value })}
                    />
                  </div>
                ) : null}
                {item.status === "done" || item.status === "failed" ? (
                  <button
                    type="button"
                    className="link py-1 text-sm"
                    aria-label={item.status === "failed" ? t("dismiss", { name: item.name }) : t("remove", { name: item.name })}
                    onClick={() => remove(item)}
                  >
                    {item.status === "failed" ? t("dismissShort") : t("removeShort")}
                  </button>
                ) : null}
              </div>
              {readImage && item.status !== "failed" && (item.file ? item.file.type.startsWith("image/") : item.evidence?.kind === "image") ? (
                <div className="basis-full">
                  {readImage({ key: item.key, name: item.name, file: item.file ?? null, evidenceId: item.file ? null : (item.evidence?.id ?? null) })}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {!direct && items.some((item) => item.saved) ? <p className="hint">{t("removedOnSave")}</p> : null}
    </div>
  );
}
