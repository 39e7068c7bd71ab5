import { closeSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSmsBackup } from "./sms-backup";

const dir = mkdtempSync(path.join(tmpdir(), "sms-backup-big-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A 200 MB backup as the app writes it: mostly MMS pictures in base64 (some of 5 MB in one
 * attribute), between ordinary received and sent SMS. Written piece by piece.
 */
function writeBigBackup(file: string): { received: number } {
  const fd = openSync(file, "w");
  const T = Date.UTC(2025, 0, 1);
  const picture = "/9j/4AAQSkZJRgABAQ".padEnd(100 * 1024, "A");
  const hugePicture = "iVBORw0KGgo".padEnd(5 * 1024 * 1024, "B");
  let received = 0;
  writeSync(fd, `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="0">\n`);
  for (let i = 0; i < 1900; i++) {
    let rows = "";
    for (let j = 0; j < 10; j++) {
      const at = T + (i * 10 + j) * 60_000;
      rows += `<sms protocol="0" address="+62812000${String(j).padStart(5, "0")}" date="${at}" type="${j % 3 === 0 ? 2 : 1}" body="Promo ${i}-${j} &#55357;&#56832;" read="1" />\n`;
      if (j % 3 !== 0) received++;
    }
    writeSync(fd, rows);
    const data = i % 100 === 0 ? hugePicture : picture;
    writeSync(
      fd,
      `<mms date="${T + i * 60_000}" msg_box="1" address="+6285600011122" m_type="132"><parts><part seq="0" ct="image/jpeg" name="p.jpg" text="null" data="`,
    );
    writeSync(fd, data);
    writeSync(fd, `" /><part seq="1" ct="text/plain" text="Gambar promo ${i}" /></parts><addrs><addr address="+6285600011122" type="137" /></addrs></mms>\n`);
    received++;
  }
  writeSync(fd, "</smses>\n");
  closeSync(fd);
  return { received };
}

describe("SMS backup reader on a 200 MB file", () => {
  it("reads every received item with memory bounded whatever the file's size", async () => {
    const file = path.join(dir, "big.xml");
    const { received } = writeBigBackup(file);
    expect(statSync(file).size).toBeGreaterThan(200 * 1024 * 1024);

    const baseline = process.memoryUsage();
    let peakRss = baseline.rss;
    let peakHeap = baseline.heapUsed;
    const sample = () => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    };
    let count = 0;
    let lastBytes = 0;
    for await (const item of readSmsBackup(file, (bytes) => {
      lastBytes = bytes;
      sample();
    })) {
      count++;
      if (count === 1) expect(item.text).toBe("Promo 0-1 😀");
    }
    sample();
    expect(count).toBe(received);
    expect(lastBytes).toBe(statSync(file).size);
    // Generous, not a speed test: a reader that kept the file, or the base64 it skips, would need well over 200 MB.
    expect(peakRss - baseline.rss).toBeLessThan(150 * 1024 * 1024);
    expect(peakHeap - baseline.heapUsed).toBeLessThan(150 * 1024 * 1024);
    console.log(
      `200 MB backup: ${count} items, RSS +${Math.round((peakRss - baseline.rss) / 1048576)} MB, heap +${Math.round((peakHeap - baseline.heapUsed) / 1048576)} MB`,
    );
  });
});
