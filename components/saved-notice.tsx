/** A confirmation after a redirect; `status` lets screen readers hear it without moving focus. */
export function SavedNotice({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="status" className="rounded-lg border border-brand-700 bg-brand-50 p-3 font-medium text-brand-800">
      {message}
    </p>
  );
}
