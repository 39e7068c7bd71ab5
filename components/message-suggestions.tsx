"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { IncidentInput } from "@/lib/validations/incident";

// The panel reads numbers, dates and headers out of the text (libphonenumber-js and luxon: about
// 70 KB compressed). It has nothing to show before there is a text, so it is fetched then, not
// with the form; it never showed anything while the page rendered on the server either.
const MessageSuggestionsPanel = dynamic(() => import("./message-suggestions-panel").then((m) => m.MessageSuggestionsPanel), { ssr: false });

/**
 * "Found in the message" under the message field (MessageSuggestionsPanel). The live region its
 * announcements go to is here, present from the first paint, so that screen readers hear them.
 */
export function MessageSuggestions({ form }: { form: UseFormReturn<IncidentInput> }) {
  const text = form.watch("messageText");
  const [announcement, setAnnouncement] = useState("");
  // Once loaded, the panel stays (it keeps what it offered for a text, see `kept`).
  const [wanted, setWanted] = useState(false);
  if (!wanted && text?.trim()) setWanted(true);
  return (
    <>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {wanted ? <MessageSuggestionsPanel form={form} onAnnouncement={setAnnouncement} /> : null}
    </>
  );
}
