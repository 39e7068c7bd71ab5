import { describe, expect, it } from "vitest";
import { pngBytes, solidImage, TINY_PDF } from "@/lib/testing/evidence-files";
import { sniffEvidence } from "./sniff";

describe("sniffEvidence decides from the bytes", () => {
  it("accepts each screenshot format and PDF under a matching or missing extension", async () => {
    const jpeg = await solidImage(20, 20).jpeg().toBuffer();
    const webp = await solidImage(20, 20).webp().toBuffer();
    const gif = await solidImage(20, 20).gif().toBuffer();
    const cases: [Uint8Array, string, string][] = [
      [await pngBytes(), "Screenshot 2026-11-20 at 10.15.33.png", "image/png"],
      [jpeg, "IMG_0001.JPG", "image/jpeg"],
      [jpeg, "photo.jpeg", "image/jpeg"],
      [webp, "chat.webp", "image/webp"],
      [gif, "reply.gif", "image/gif"],
      [TINY_PDF, "email reply.pdf", "application/pdf"],
      [await pngBytes(), "image", "image/png"],
    ];
    for (const [bytes, name, mime] of cases) {
      const result = await sniffEvidence(bytes, name);
      expect(result, name).toMatchObject({ ok: true, type: { mime } });
    }
  });

  it("refuses a PNG renamed .pdf", async () => {
    expect(await sniffEvidence(await pngBytes(), "statement.pdf")).toEqual({ ok: false, error: "extensionMismatch" });
  });

  it("refuses HTML renamed .png", async () => {
    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    expect(await sniffEvidence(html, "screenshot.png")).toEqual({ ok: false, error: "notAccepted" });
  });

  it("refuses SVG, even though it is an image", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(await sniffEvidence(svg, "logo.svg")).toEqual({ ok: false, error: "notAccepted" });
    expect(await sniffEvidence(svg, "logo.png")).toEqual({ ok: false, error: "notAccepted" });
  });

  it("refuses zero bytes and other formats", async () => {
    expect(await sniffEvidence(new Uint8Array(), "empty.png")).toEqual({ ok: false, error: "empty" });
    const tiff = await solidImage(10, 10).tiff().toBuffer();
    expect(await sniffEvidence(tiff, "scan.tiff")).toEqual({ ok: false, error: "notAccepted" });
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, ...new Array(40).fill(0)]);
    expect(await sniffEvidence(zip, "evidence.png")).toEqual({ ok: false, error: "notAccepted" });
  });

  it("recognises a truncated JPEG as JPEG (decoding it is what fails, see process.test.ts)", async () => {
    const jpeg = await solidImage(200, 200).jpeg().toBuffer();
    expect(await sniffEvidence(jpeg.subarray(0, 300), "cut.jpg")).toMatchObject({ ok: true, type: { mime: "image/jpeg" } });
  });
});
