"use client";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      className="link inline-block cursor-pointer py-2"
      // next-auth's client (about 40 KB) is fetched on click: this button is on every signed-in
      // page, and nothing else there needs it.
      onClick={() => void import("next-auth/react").then(({ signOut }) => signOut({ callbackUrl: "/" }))}
    >
      {label}
    </button>
  );
}
