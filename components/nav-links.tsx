import Link from "next/link";
import type { Role } from "@/lib/domain";
import { SignOutButton } from "./sign-out-button";

export const NAV_KEYS = ["myCases", "logIncident", "directory", "advocate", "moderation", "notifications", "profile", "signOut", "signIn", "signUp"] as const;
/** `notificationsUnread` holds "{count}", filled in here. */
export type NavLabels = Record<(typeof NAV_KEYS)[number] | "notificationsUnread", string>;

const item = "link inline-block py-2";

/** The main menu for who is looking: `undefined` while a cached public page is still asking. */
export function NavLinks({ role, unread, labels }: { role: Role | null | undefined; unread: number; labels: NavLabels }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-base">
      {role ? (
        <>
          <li>
            <NotificationBell unread={unread} labels={labels} />
          </li>
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

/** The bell: its name says the unread count (the badge shows it), none when all is read. */
function NotificationBell({ unread, labels }: { unread: number; labels: NavLabels }) {
  const name = unread > 0 ? labels.notificationsUnread.replace("{count}", String(unread)) : labels.notifications;
  return (
    <Link className={`${item} inline-flex items-center gap-1`} href="/notifications" aria-label={name}>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="h-5 w-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span>{labels.notifications}</span>
      {unread > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-red-700 px-2 text-sm font-bold leading-6 text-white no-underline">
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
