"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import type { ImportKind } from "@/lib/domain";
import { FormAlert, useErrorText } from "./form-fields";

type Props = { kinds: ImportKind[]; maxBytes: number; maxLabel: string };

/**
 * Picks the kind of history and the file, and sends it as the raw body (XMLHttpRequest: only it
 * reports upload progress). A file over the limit is refused here at once; the server counts
 * again while the body streams in.
 */
export function ImportUpload({ kinds, maxBytes, maxLabel }: Props) {
  const t = useTranslations("import");
  const errorText = useErrorText();
  const router = useRouter();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? "sms_backup");
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!file) return setError(errorText("import.noFile"));
    if (file.size > maxBytes) return setError(errorText("import.tooLarge"));
    setProgress(0);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/imports?kind=${encodeURIComponent(kind)}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) setProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status === 201 && body && typeof body === "object" && "id" in body) {
        router.push(`/import/${String(body.id)}`);
        return;
      }
      setProgress(null);
      const code = body && typeof body === "object" && "error" in body ? String(body.error) : "uploadFailed";
      setError(errorText(`import.${code}`));
    };
    xhr.onerror = () => {
      setProgress(null);
      setError(errorText("import.uploadFailed"));
    };
    xhr.send(file);
  };

  return (
    <form onSubmit={submit} className="card space-y-4" noValidate>
      <fieldset>
        <legend className="label">{t("kindLegend")}</legend>
        <div className="grid grid-cols-1 gap-2">
          {kinds.map((k) => (
            <label
              key={k}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-400 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50 has-checked:font-semibold"
            >
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="size-5 shrink-0 accent-brand-700" />
              <span>{t(`kind.${k}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={fileId} className="label">
          {t("fileLabel")}
        </label>
        <input
          id={fileId}
          type="file"
          className="input"
          aria-describedby={`${fileId}-hint`}
          accept={kind === "sms_backup" ? ".xml,text/xml,application/xml" : ".txt,.zip,text/plain,application/zip"}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setError(undefined);
          }}
        />
        <p id={`${fileId}-hint`} className="hint">
          {t("fileHint", { max: maxLabel })}
        </p>
      </div>
      <FormAlert message={error} />
      {progress !== null ? (
        <div role="status">
          <p>{t("uploading", { percent: Math.round(progress * 100) })}</p>
          <progress className="w-full" max={1} value={progress} aria-label={t("uploadProgress")} />
        </div>
      ) : null}
      <button type="submit" className="btn-primary w-full sm:w-auto" disabled={progress !== null}>
        {t("upload")}
      </button>
    </form>
  );
}
