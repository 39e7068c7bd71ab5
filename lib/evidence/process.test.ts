import exifReader from "exif-reader";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { pngBytes, pngClaiming, solidImage, TINY_PDF } from "@/lib/testing/evidence-files";
import { inspectPdf, processImage, sha256Hex } from "./process";

/** A phone photo as it comes off a camera: GPS position, camera make, XMP, a colour profile, turned sideways. */
async function phonePhotoWithGps() {
  return solidImage(40, 20, "#c00")
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Model X" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 12/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "106/1 49/1 0/1" },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .withIccProfile("p3")
    .withMetadata({ orientation: 6 })
    .jpeg()
    .toBuffer();
}

describe("processImage", () => {
  it("strips EXIF (GPS included), XMP and ICC from a JPEG and turns it upright", async () => {
    const input = await phonePhotoWithGps();
    const before = await sharp(input).metadata();
    expect(exifReader(before.exif!).GPSInfo?.GPSLatitude).toEqual([6, 12, 0]);
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();
    expect(before.orientation).toBe(6);

    const result = await processImage(input, "image/jpeg");
    if (!result.ok) throw new Error(result.error);
    const after = await sharp(result.image.data).metadata();
    expect(after.format).toBe("jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    // Orientation 6 means "rotate 90°": the 40 × 20 photo is stored 20 × 40.
    expect([result.image.width, result.image.height]).toEqual([20, 40]);
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(Buffer.from(result.image.data).includes(Buffer.from("PhoneMaker"))).toBe(false);
  });

  it("keeps each format and makes a small WebP thumbnail", async () => {
    for (const [mime, format] of [
      ["image/png", "png"],
      ["image/webp", "webp"],
      ["image/gif", "gif"],
    ] as const) {
      const input = await solidImage(400, 900)
        .withExif({ IFD0: { Make: "PhoneMaker" } })
        .toFormat(format)
        .toBuffer();
      const result = await processImage(input, mime);
      if (!result.ok) throw new Error(`${mime}: ${result.error}`);
      const stored = await sharp(result.image.data).metadata();
      expect(stored.format, mime).toBe(format);
      expect(stored.exif, mime).toBeUndefined();
      expect([result.image.width, result.image.height]).toEqual([400, 900]);
      const thumbnail = await sharp(result.image.thumbnail).metadata();
      expect(thumbnail.format).toBe("webp");
      expect(Math.max(thumbnail.width!, thumbnail.height!)).toBeLessThanOrEqual(320);
      expect(result.image.thumbnail.byteLength).toBeLessThan(input.byteLength);
    }
  });

  it("refuses an image whose header claims more pixels than the cap, before decoding it", async () => {
    const bomb = await pngClaiming(50_000, 50_000);
    expect(bomb.byteLength).toBeLessThan(200);
    expect(await processImage(bomb, "image/png")).toEqual({ ok: false, error: "tooManyPixels" });
  });

  it("refuses a small file that really decodes to a huge image", async () => {
    const big = await solidImage(3000, 3000).png({ palette: true, compressionLevel: 9 }).toBuffer();
    // Under 1% of the 27 MB it decodes to.
    expect(big.byteLength).toBeLessThan(270_000);
    expect(await processImage(big, "image/png", 4_000_000)).toEqual({ ok: false, error: "tooManyPixels" });
    expect((await processImage(big, "image/png", 9_000_000)).ok).toBe(true);
  });

  it("refuses a truncated JPEG as unreadable", async () => {
    const jpeg = await solidImage(300, 300).jpeg().toBuffer();
    expect(await processImage(jpeg.subarray(0, Math.floor(jpeg.byteLength / 2)), "image/jpeg")).toEqual({ ok: false, error: "unreadable" });
  });
});

describe("inspectPdf", () => {
  it("counts the pages of a PDF and refuses one that does not parse", async () => {
    expect(await inspectPdf(TINY_PDF)).toEqual({ ok: true, pages: 1 });
    expect(await inspectPdf(Buffer.from("%PDF-1.4\nthis is not a pdf"))).toEqual({ ok: false, error: "unreadable" });
  });
});

describe("sha256Hex", () => {
  it("matches the known digest and changes with one byte", async () => {
    expect(sha256Hex(Buffer.from("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const png = await pngBytes();
    const changed = Buffer.from(png);
    changed.writeUInt8(changed.readUInt8(changed.length - 1) ^ 1, changed.length - 1);
    expect(sha256Hex(png)).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256Hex(changed)).not.toBe(sha256Hex(png));
  });
});
