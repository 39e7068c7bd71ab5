"use client";
import type { ActionResult } from "@/lib/action-result";
import type { SenderDetailsInput } from "@/lib/validations/sender-admin";
import { SenderDetailsForm } from "./sender-details-form";
import { useViewerRole } from "./viewer";

type Labels = Record<"senderTools" | "exportCsv" | "exportJson" | "collective" | "collectiveHint", string>;

/**
 * What advocates and admins may do on a sender's cached public page. Hiding the links from others
 * is a courtesy: the export and letter routes check the role themselves.
 */
export function SenderViewerTools({
  senderId,
  labels,
  details,
  saveDetails,
}: {
  senderId: string;
  labels: Labels;
  details: SenderDetailsInput;
  saveDetails: (values: SenderDetailsInput) => Promise<ActionResult>;
}) {
  const role = useViewerRole();
  if (role !== "advocate" && role !== "admin") return null;
  return (
    <>
      <section aria-labelledby="advocate-heading" className="card space-y-2">
        <h2 id="advocate-heading" className="text-xl font-semibold">
          {labels.senderTools}
        </h2>
        <div className="flex flex-wrap gap-3">
          <a className="btn-secondary" href={`/api/export/senders/${senderId}?format=csv`} download>
            {labels.exportCsv}
          </a>
          <a className="btn-secondary" href={`/api/export/senders/${senderId}?format=json`} download>
            {labels.exportJson}
          </a>
          <a className="btn-primary" href={`/senders/${senderId}/collective.pdf`} download>
            {labels.collective}
          </a>
        </div>
        <p className="hint">{labels.collectiveHint}</p>
      </section>
      {role === "admin" ? <SenderDetailsForm defaultValues={details} save={saveDetails} /> : null}
    </>
  );
}
