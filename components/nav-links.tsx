import Link from "next/link";
import type { Role } from "@/lib/domain";
import { SignOutButton } from "./sign-out-button";

export const NAV_KEYS = ["myCases", "logIncident", "directory", "advocate", "moderation", "profile", "signOut", "signIn", "signUp"] as const;
export type NavLabels = Record<(typeof NAV_KEYS)[number], string>;

const item = "link inline-block py-2";

/** The main menu for who is looking: `undefined` while a cached public page is still asking. */
export function NavLinks({ role, labels }: { role: Role | null | undefined; labels: NavLabels }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-base">
      {role ? (
        <>
          <li>
            <Link className={item} href="/cases">
              {labels.myCases}
            </Link>
          </li>
          <li>
            <Link className={item} href="/incidents/new">
              {labels.logIncident}
            </Link>
          </li>
          <li>
            <Link className={item} href="/senders">
              {labels.directory}
            </Link>
          </li>
          {role !== "reporter" ? (
            <li>
              <Link className={item} href="/advocate">
                {labels.advocate}
              </Link>
            </li>
          ) : null}
          {role === "admin" ? (
            <li>
              <Link className={item} href="/admin">
                {labels.moderation}
              </Link>
            </li>
          ) : null}
          <li>
            <Link className={item} href="/profile">
              {labels.profile}
            </Link>
          </li>
          <li>
            <SignOutButton label={labels.signOut} />
          </li>
        </>
      ) : (
        <>
          <li>
            <Link className={item} href="/senders">
              {labels.directory}
            </Link>
          </li>
          {role === null ? (
            <>
              <li>
                <Link className={item} href="/login">
                  {labels.signIn}
                </Link>
              </li>
              <li>
                <Link className={item} href="/signup">
                  {labels.signUp}
                </Link>
              </li>
            </>
          ) : null}
        </>
      )}
    </ul>
  );
}
