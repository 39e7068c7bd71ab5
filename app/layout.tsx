import type { ReactNode } from "react";

/**
 * Two kinds of pages share no document: private ones, rendered per request from the viewer's
 * cookie ((app)/layout), and public sender pages, rendered once per language and cached
 * ((public)/[locale]/layout). Each draws its own <html>; this root only passes through.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
