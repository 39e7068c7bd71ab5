import type { ReactNode } from "react";

/**
 * A link to a sender's public page. A plain anchor on purpose: that page lives under another
 * layout with its own <html> (it is cached per language), so the browser loads it whole rather
 * than the client router swapping documents.
 */
export function SenderPageLink({ senderId, className = "link", children }: { senderId: string; className?: string; children: ReactNode }) {
  return (
    <a className={className} href={`/senders/${senderId}`}>
      {children}
    </a>
  );
}
