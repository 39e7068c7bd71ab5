"use client";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { Role } from "@/lib/domain";
import { NavLinks, type NavLabels } from "./nav-links";

/** Who is looking: the role (null for a visitor) and their unread notifications. */
export type Viewer = { role: Role | null; unread: number };

/** Undefined while not known yet. */
const ViewerContext = createContext<Viewer | undefined>(undefined);

/**
 * Private pages know the viewer when they render. Public sender pages are rendered once and
 * cached for everyone, so they learn who is looking from /api/viewer once in the browser.
 */
export function ViewerProvider({ viewer, children }: { viewer?: Viewer; children: ReactNode }) {
  const [fetched, setFetched] = useState<Viewer | undefined>(undefined);
  useEffect(() => {
    if (viewer !== undefined) return;
    let live = true;
    fetch("/api/viewer", { cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<Viewer>) : { role: null, unread: 0 }))
      .then((answer) => live && setFetched(answer))
      .catch(() => live && setFetched({ role: null, unread: 0 }));
    return () => {
      live = false;
    };
  }, [viewer]);
  return <ViewerContext value={viewer ?? fetched}>{children}</ViewerContext>;
}

/** The viewer's role, null for a visitor, undefined while not known yet. */
export const useViewerRole = () => useContext(ViewerContext)?.role;

export function ViewerNav({ labels }: { labels: NavLabels }) {
  const viewer = useContext(ViewerContext);
  return <NavLinks role={viewer?.role} unread={viewer?.unread ?? 0} labels={labels} />;
}
