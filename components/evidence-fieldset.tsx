"use client";
import type { ReactNode } from "react";
import { EVIDENCE_MAX_FILES_PER_INCIDENT } from "@/lib/evidence/limits";
import type { EvidenceView } from "@/lib/evidence/view";
import { EvidenceUploader, type RefusedFile } from "./evidence-uploader";
import type { ScreenshotImage } from "./screenshot-reader";

type Props = {
  legend: string;
  initial: EvidenceView[];
  pending?: EvidenceView[];
  refused?: RefusedFile[];
  onChange: (items: { id: string; caption: string }[]) => void;
  onBusyChange: (busy: boolean) => void;
  error?: string;
  readImage?: (image: ScreenshotImage) => ReactNode;
};

/** The files part of a form that carries evidence (incident, exchange). */
export function EvidenceFieldset({ legend, ...uploader }: Props) {
  return (
    <fieldset>
      <legend className="label">{legend}</legend>
      <EvidenceUploader maxFiles={EVIDENCE_MAX_FILES_PER_INCIDENT} {...uploader} />
    </fieldset>
  );
}
