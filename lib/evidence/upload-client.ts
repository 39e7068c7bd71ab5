import { EVIDENCE_ERRORS, type EvidenceError } from "./limits";
import type { EvidenceView } from "./view";

export type UploadOutcome = { ok: true; evidence: EvidenceView } | { ok: false; error: EvidenceError };

/**
 * Sends one file to /api/evidence as the raw body. XMLHttpRequest rather than fetch because
 * only it reports upload progress.
 */
export function sendEvidenceFile(
  file: File,
  target: { kind: "incident" | "exchange"; id: string } | undefined,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", target ? `/api/evidence?${target.kind}=${encodeURIComponent(target.id)}` : "/api/evidence");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status === 201 && body && typeof body === "object" && "id" in body) {
        resolve({ ok: true, evidence: body as EvidenceView });
        return;
      }
      const error = body && typeof body === "object" && "error" in body ? String(body.error) : "";
      resolve({ ok: false, error: (EVIDENCE_ERRORS as readonly string[]).includes(error) ? (error as EvidenceError) : "failed" });
    };
    xhr.onerror = () => resolve({ ok: false, error: "failed" });
    xhr.send(file);
  });
}

export async function deleteEvidenceFile(id: string): Promise<boolean> {
  try {
    const response = await fetch(`/api/evidence/${encodeURIComponent(id)}`, { method: "DELETE" });
    return response.ok || response.status === 404;
  } catch {
    return false;
  }
}
