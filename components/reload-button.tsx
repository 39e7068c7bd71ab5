"use client";

/** Loads the page the visitor was trying to open again (the offline page stands in for it). */
export function ReloadButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-primary" onClick={() => window.location.reload()}>
      {label}
    </button>
  );
}
