import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataAttributeStripper, decodeSurrogateRefs, readSmsBackup } from "./sms-backup";
import { ImportFormatError, type HistoryItem } from "./types";

const dir = mkdtempSync(path.join(tmpdir(), "sms-backup-"));
let n = 0;
function file(content: string): string {
  const p = path.join(dir, `f${n++}.xml`);
  writeFileSync(p, content);
  return p;
}
async function readAll(p: string): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for await (const item of readSmsBackup(p)) items.push(item);
  return items;
}
async function failure(p: string): Promise<string> {
  try {
    await readAll(p);
  } catch (error) {
    if (error instanceof ImportFormatError) return error.code;
    throw error;
  }
  return "none";
}

const HEAD = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<!--File Created By SMS Backup & Restore v10.20.002-->\n`;
const T = 1764633600000; // 2025-12-02T00:00:00Z
const bigBase64 = "QUJD".repeat(50_000);

describe("SMS Backup & Restore reader", () => {
  it("keeps received messages only, with their text decoded", async () => {
    const items = await readAll(
      file(
        `${HEAD}<smses count="7" backup_set="x">
  <sms protocol="0" address="+6281234567890" date="${T}" type="1" subject="null" body="Pinjaman cair!&#10;Balas YA &amp; dapat &#55357;&#56832;" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="0" readable_date="2 Des 2025" contact_name="(Unknown)" />
  <sms protocol="0" address="+6281234567890" date="${T + 1}" type="2" body="STOP" read="1" status="-1" />
  <sms address="+6281234567890" date="${T + 2}" type="3" body="draft" />
  <sms address="+6281234567890" date="${T + 3}" type="4" body="outbox" />
  <sms address="+6281234567890" date="${T + 4}" type="5" body="failed" />
  <sms address="+6281234567890" date="${T + 5}" type="6" body="queued" />
  <sms address="TOKOPEDIA" date="${T + 6}" type="1" body='single "quoted" &lt;b&gt;' />
</smses>`,
      ),
    );
    expect(items).toEqual([
      { sender: "+6281234567890", channel: "sms", occurredAt: new Date(T), text: "Pinjaman cair!\nBalas YA & dapat 😀", attachments: [] },
      { sender: "TOKOPEDIA", channel: "sms", occurredAt: new Date(T + 6), text: 'single "quoted" <b>', attachments: [] },
    ]);
  });

  it("reads calls of each type: incoming, missed, voicemail as missed, rejected, blocked as rejected; outgoing skipped", async () => {
    const calls = [1, 2, 3, 4, 5, 6, 7].map(
      (type) => `<call number="021555000${type}" duration="${type === 1 ? 75 : 0}" date="${T + type}" type="${type}" presentation="1" />`,
    );
    const items = await readAll(file(`${HEAD}<calls count="7">\n${calls.join("\n")}\n</calls>`));
    expect(items.map((i) => [i.sender, i.channel, i.text, i.call?.kind, i.call?.durationSeconds])).toEqual([
      ["0215550001", "call", null, "incoming", 75],
      ["0215550003", "call", null, "missed", 0],
      ["0215550004", "call", null, "missed", 0],
      ["0215550005", "call", null, "rejected", 0],
      ["0215550006", "call", null, "rejected", 0],
      ["0215550007", "call", null, "incoming", 0],
    ]);
  });

  it("imports the text of received MMS as an SMS from its sender, skipping the base64 of its parts", async () => {
    const items = await readAll(
      file(
        `${HEAD}<smses count="3">
<mms date="${T}" msg_box="1" address="+6285600011122" m_type="132" text_only="0">
  <parts>
    <part seq="-1" ct="application/smil" name="null" text="&lt;smil&gt;&lt;/smil&gt;" />
    <part seq="0" ct="image/jpeg" name="promo.jpg" text="null" data="${bigBase64}" />
    <part seq="1" ct="text/plain" name="null" text="Promo data=&quot;x&quot; &#55357;&#56613;" />
  </parts>
  <addrs>
    <addr address="+6285600011122" type="137" charset="106" />
    <addr address="+6281111111111" type="151" charset="106" />
  </addrs>
</mms>
<mms date="${T + 1}" msg_box="2" address="+6285600011122"><parts><part ct="text/plain" text="mine" /></parts></mms>
<mms date="${T + 2}" msg_box="1" address="+6285600011122"><parts><part ct="image/png" text="null" data="${bigBase64}" /></parts></mms>
</smses>`,
      ),
    );
    expect(items).toEqual([{ sender: "+6285600011122", channel: "sms", occurredAt: new Date(T), text: 'Promo data="x" 🔥', attachments: [] }]);
  });

  it("empties data attributes across chunk boundaries and leaves the rest as written", () => {
    const xml = `<a><part ct="image/png" data="${"Z".repeat(100)}" text='t data="no"'/> data="kept text"</a>`;
    for (const size of [1, 3, 7, 64]) {
      const stripper = new DataAttributeStripper();
      let out = "";
      for (let i = 0; i < xml.length; i += size) out += stripper.push(xml.slice(i, i + size));
      expect(out).toBe(`<a><part ct="image/png" data="" text='t data="no"'/> data="kept text"</a>`);
    }
  });

  it("puts UTF-16 halves together and replaces a lone one", () => {
    expect(decodeSurrogateRefs("a&#55357;&#56832;b&#xD83D;&#xDE00;c&#55357;d")).toBe("a😀b😀c\ufffdd");
  });

  it("reports progress in bytes read", async () => {
    const p = file(`${HEAD}<smses>${`<sms address="1234" date="${T}" type="1" body="${"x".repeat(1000)}" />`.repeat(200)}</smses>`);
    const seen: number[] = [];
    for await (const item of readSmsBackup(p, (bytes) => seen.push(bytes))) void item;
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBeGreaterThan(200_000);
  });

  it("names what is wrong with a bad file", async () => {
    expect(await failure(file("Hello, this is a text file"))).toBe("notXml");
    expect(await failure(file(""))).toBe("notXml");
    expect(await failure(file("\u0089PNG\r\n\u001a\n binary"))).toBe("notXml");
    expect(await failure(file(`${HEAD}<html><body>not a backup</body></html>`))).toBe("notBackup");
    expect(await failure(file(`${HEAD}<smses count="2"><sms address="1234" date="${T}" type="1" body="cut he`))).toBe("truncated");
    expect(await failure(file(`${HEAD}<smses count="2"><sms address="1234" date="${T}" type="1" body="ok" />`))).toBe("truncated");
    expect(await failure(file(`${HEAD}<smses><sms address="1234" date="2 Dec 2025 10:00" type="1" body="x" /></smses>`))).toBe("unknownDateFormat");
    expect(await failure(file(`${HEAD}<smses><sms address="1234" date="${T}" type="2" body="sent only" /></smses>`))).toBe("noMessages");
    expect(await failure(file(`${HEAD}<smses><sms address="1234" date="${T}" type="1" body="x" /><sms <<< /></smses>`))).toBe("unreadable");
  });
});
