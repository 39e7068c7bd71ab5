"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" className="link inline-block cursor-pointer py-2" onClick={() => void signOut({ callbackUrl: "/" })}>
      {label}
    </button>
  );
}
