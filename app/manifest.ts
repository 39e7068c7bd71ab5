import type { MetadataRoute } from "next";

/**
 * The web manifest (Next serves it at /manifest.webmanifest and links it from every page): what
 * Android needs to install Spamtrail, and the share target that puts it in the share sheet.
 * Shared title, text, link and images are posted to app/api/share as a form.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "Spamtrail",
    short_name: "Spamtrail",
    description: "Catat SMS dan telepon yang tidak diinginkan, satu kasus per pengirim, dan siapkan bukti untuk pengaduan.",
    lang: "id",
    start_url: "/cases",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    theme_color: "#0f5132",
    background_color: "#ffffff",
    categories: ["utilities", "productivity"],
    // Drawn by scripts/make-icons.mjs.
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
    share_target: {
      action: "/api/share",
      method: "POST",
      enctype: "multipart/form-data",
      params: { title: "title", text: "text", url: "url", files: [{ name: "files", accept: ["image/*"] }] },
    },
  };
}
