import { createWriteStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportFormatError, type HistoryItem } from "./types";
import { createWhatsAppReader, whatsAppReader } from "./whatsapp";
import { chatFileName, makeWhatsAppChat, makeWhatsAppZip, whatsAppChatLines } from "@/lib/testing/whatsapp-exports";

const LRM = "\u200E";
const NNBSP = "\u202F";

let dir: string;
let counter = 0;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "whatsapp-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(content: string | Uint8Array, name = `chat-${++counter}.txt`): Promise<string> {
  const filePath = path.join(dir, `${++counter}-${name}`);
  await writeFile(filePath, content);
  return filePath;
}

async function readAll(filePath: string, reader = whatsAppReader): Promise<HistoryItem[]> {
  const items: HistoryItem[] = [];
  for await (const item of reader.read(filePath)) items.push(item);
  return items;
}

async function errorCode(filePath: string): Promise<string> {
  try {
    await readAll(filePath);
  } catch (error) {
    if (error instanceof ImportFormatError) return error.code;
    throw error;
  }
  return "no error";
}

const summary = (items: HistoryItem[]) =>
  items.map((item) => ({ sender: item.sender, at: item.occurredAt.toISOString(), text: item.text, files: item.attachments.map((a) => a.fileName) }));

describe("WhatsApp export line formats (times read in Asia/Jakarta, UTC+7)", () => {
  it("reads Android in English (day first, 24-hour) and skips the encryption notice", async () => {
    const items = await readAll(
      await file(
        [
          "15/03/2024, 21:29 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
          "15/03/2024, 21:30 - Kredit Pintar: Your loan is approved: claim it now",
          "16/03/2024, 08:05 - Budi: who is this?",
        ].join("\n"),
      ),
    );
    expect(summary(items)).toEqual([
      { sender: "Kredit Pintar", at: "2024-03-15T14:30:00.000Z", text: "Your loan is approved: claim it now", files: [] },
      { sender: "Budi", at: "2024-03-16T01:05:00.000Z", text: "who is this?", files: [] },
    ]);
    expect(items[0]!.channel).toBe("whatsapp");
  });

  it("reads Android in Indonesian (two-digit year, dot between hours and minutes)", async () => {
    const items = await readAll(
      await file(
        [
          "15/03/24 21.29 - Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya. Ketuk untuk info selengkapnya.",
          "15/03/24 21.30 - Kredit Pintar: Pinjaman Anda disetujui",
          "02/04/24 07.00 - +62 812-3456-7890: Tagihan jatuh tempo hari ini",
        ].join("\r\n"),
      ),
    );
    expect(summary(items)).toEqual([
      { sender: "Kredit Pintar", at: "2024-03-15T14:30:00.000Z", text: "Pinjaman Anda disetujui", files: [] },
      { sender: "+62 812-3456-7890", at: "2024-04-02T00:00:00.000Z", text: "Tagihan jatuh tempo hari ini", files: [] },
    ]);
  });

  it("reads US Android (month first, 12-hour with a narrow no-break space before PM)", async () => {
    const items = await readAll(
      await file(
        [
          `3/15/24, 9:30${NNBSP}PM - Kredit Pintar: Loan approved`,
          `3/16/24, 12:05${NNBSP}AM - Kredit Pintar: Last chance`,
          "3/16/24, 12:10 PM - Kredit Pintar: Noon",
        ].join("\n"),
      ),
    );
    expect(summary(items).map((i) => i.at)).toEqual(["2024-03-15T14:30:00.000Z", "2024-03-15T17:05:00.000Z", "2024-03-16T05:10:00.000Z"]);
  });

  it("reads iOS in Indonesian ([dd/mm/yy hh.mm.ss]) with its marked notices and a number wrapped in direction marks", async () => {
    const items = await readAll(
      await file(
        [
          `${LRM}[15/03/24 21.29.00] Kredit Pintar: ${LRM}Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.`,
          `${LRM}[15/03/24 21.29.10] Kredit Pintar: ${LRM}Bisnis ini menggunakan layanan aman dari Meta untuk mengelola chat ini. Ketuk untuk info selengkapnya.`,
          "[15/03/24 21.30.05] Kredit Pintar: Pinjaman Anda disetujui",
          "[15/03/24 21.31.00] \u202A+62\u00A0812\u20113456\u20117890\u202C: Bayar sekarang",
        ].join("\n"),
      ),
    );
    expect(summary(items)).toEqual([
      { sender: "Kredit Pintar", at: "2024-03-15T14:30:05.000Z", text: "Pinjaman Anda disetujui", files: [] },
      { sender: "+62 812-3456-7890", at: "2024-03-15T14:31:00.000Z", text: "Bayar sekarang", files: [] },
    ]);
  });

  it("reads iOS in US English ([m/d/yy, h:mm:ss PM])", async () => {
    const items = await readAll(
      await file(
        [
          `${LRM}[3/15/24, 9:29:00${NNBSP}PM] Kredit Pintar: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`,
          `[3/15/24, 9:30:05${NNBSP}PM] Kredit Pintar: Loan approved`,
          `${LRM}[3/15/24, 9:31:00${NNBSP}PM] Kredit Pintar: ${LRM}Missed voice call`,
        ].join("\n"),
      ),
    );
    expect(summary(items)).toEqual([{ sender: "Kredit Pintar", at: "2024-03-15T14:30:05.000Z", text: "Loan approved", files: [] }]);
  });

  it("keeps the lines of a multi-line message together, and drops the edited tag", async () => {
    const items = await readAll(
      await file(
        [
          "15/03/24 21.30 - Kredit Pintar: Selamat! Pinjaman Anda:",
          "Rp 5.000.000",
          "",
          "Klik https://kredit.example/x <Pesan ini diedit>",
          "15/03/24 21.31 - Budi: stop",
        ].join("\n"),
      ),
    );
    expect(items.map((i) => i.text)).toEqual(["Selamat! Pinjaman Anda:\nRp 5.000.000\n\nKlik https://kredit.example/x", "stop"]);
  });

  it("skips system lines: group changes, deleted messages, omitted media in both languages", async () => {
    const items = await readAll(
      await file(
        [
          "15/03/2024, 21:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
          '15/03/2024, 21:01 - Promo Team created group "Promo: hemat"',
          '15/03/2024, 21:02 - Promo Team changed the subject from "Promo" to "Promo: hemat"',
          "15/03/2024, 21:03 - Promo Team: This message was deleted",
          "15/03/2024, 21:04 - Budi: You deleted this message",
          "15/03/2024, 21:05 - Promo Team: Pesan ini telah dihapus",
          "15/03/2024, 21:06 - Promo Team: <Media omitted>",
          "15/03/2024, 21:07 - Promo Team: <Media tidak disertakan>",
          "15/03/2024, 21:08 - Promo Team: Real offer",
          "15/03/2024, 21:09 - Budi: I have omitted nothing",
        ].join("\n"),
      ),
    );
    expect(summary(items).map((i) => `${i.sender}|${i.text}`)).toEqual(["Promo Team|Real offer", "Budi|I have omitted nothing"]);
  });

  it('puts media lines in both forms on the item as attachments, with the caption as text or ""', async () => {
    const items = await readAll(
      await file(
        [
          `15/03/2024, 21:30 - Kredit Pintar: ${LRM}IMG-20240315-WA0001.jpg (file attached)`,
          `15/03/2024, 21:31 - Kredit Pintar: Surat Tagihan.pdf (file terlampir)`,
          `15/03/2024, 21:32 - Kredit Pintar: ${LRM}<attached: 00000012-PHOTO-2024-03-15-21-32-00.jpg>`,
          `15/03/2024, 21:33 - Kredit Pintar: ${LRM}<terlampir: 00000013-PHOTO-2024-03-15-21-33-00.jpg> Lihat bukti`,
        ].join("\n"),
      ),
    );
    expect(summary(items).map((i) => [i.text, i.files])).toEqual([
      ["", ["IMG-20240315-WA0001.jpg"]],
      ["", ["Surat Tagihan.pdf"]],
      ["", ["00000012-PHOTO-2024-03-15-21-32-00.jpg"]],
      ["Lihat bukti", ["00000013-PHOTO-2024-03-15-21-33-00.jpg"]],
    ]);
  });

  it("makes a line after a media line the caption of that media (Android writes captions on the next line)", async () => {
    const items = await readAll(
      await file(
        [
          "15/03/24 21.30 - Kredit Pintar: IMG-20240315-WA0001.jpg (file terlampir)",
          "Bukti transfer Anda",
          "baris kedua",
          "15/03/24 21.31 - Kredit Pintar: <Media tidak disertakan>",
          "Keterangan gambar yang tidak diekspor",
        ].join("\n"),
      ),
    );
    expect(summary(items).map((i) => [i.text, i.files])).toEqual([
      ["Bukti transfer Anda\nbaris kedua", ["IMG-20240315-WA0001.jpg"]],
      ["Keterangan gambar yang tidak diekspor", []],
    ]);
  });

  it("reads iOS documents (title before the marker), old iOS markers and skips WhatsApp calls", async () => {
    const items = await readAll(
      await file(
        [
          `${LRM}[27/03/22 21.50.25] Kredit Pintar: Surat-Tagihan.pdf \u2022 ${LRM}2 halaman ${LRM}<terlampir: 00000047-Surat-Tagihan.pdf>`,
          `${LRM}[27/03/22 21.50.26] Kredit Pintar: Surat-Tagihan.pdf \u2022 ${LRM}2 halaman ${LRM}dokumen tidak disertakan`,
          `[27/03/22 21.50.27] Kredit Pintar: <${LRM}image omitted>`,
          `[27/03/22 21.50.28] Kredit Pintar: Missed voice call`,
          `[27/03/22 21.50.29] Kredit Pintar: Panggilan suara tak terjawab`,
          `[27/03/22 21.50.30] Kredit Pintar: ${LRM}Pesan ini dihapus.`,
          `[27/03/22 21.50.31] Kredit Pintar: Segera bayar`,
        ].join("\n"),
      ),
    );
    expect(summary(items).map((i) => [i.text, i.files])).toEqual([
      ["", ["00000047-Surat-Tagihan.pdf"]],
      ["Segera bayar", []],
    ]);
  });

  it("reads older and unusual timestamps: a BOM inside the bracket, old iOS without brackets, hour 0 with PM", async () => {
    const bom = await readAll(await file("[\uFEFF29.01.18, 12:24:03] Kredit Pintar: Hallo\n"));
    expect(summary(bom)).toEqual([{ sender: "Kredit Pintar", at: "2018-01-29T05:24:03.000Z", text: "Hallo", files: [] }]);
    const oldIos = await readAll(await file(`7/1/16, 4:56:55 PM: ${LRM}Sophia created this group\n7/1/16, 5:13:36 PM: Sophia: Hi: there\n`));
    expect(summary(oldIos)).toEqual([{ sender: "Sophia", at: "2016-07-01T10:13:36.000Z", text: "Hi: there", files: [] }]);
    const zeroHour = await readAll(await file("1/29/18, 0:24 PM - A: x\n1/30/18, 00:04 AM - A: y\n"));
    expect(zeroHour.map((i) => i.occurredAt.toISOString())).toEqual(["2018-01-29T05:24:00.000Z", "2018-01-29T17:04:00.000Z"]);
  });

  it("applies the time zone it is given to the wall-clock times", async () => {
    const chat = await file("15/03/2024, 21:30 - Kredit Pintar: hi\n");
    expect((await readAll(chat, createWhatsAppReader("Asia/Jakarta")))[0]!.occurredAt.toISOString()).toBe("2024-03-15T14:30:00.000Z");
    expect((await readAll(chat, createWhatsAppReader("Asia/Makassar")))[0]!.occurredAt.toISOString()).toBe("2024-03-15T13:30:00.000Z");
    expect((await readAll(chat, createWhatsAppReader("UTC")))[0]!.occurredAt.toISOString()).toBe("2024-03-15T21:30:00.000Z");
    expect(() => createWhatsAppReader("Mars/Olympus")).toThrow(RangeError);
  });
});

describe("WhatsApp fixture generator", () => {
  for (const platform of ["android", "ios"] as const) {
    it(`writes ${platform} US-style chats the reader reads back (month first, 12-hour)`, async () => {
      const chat = makeWhatsAppChat({
        platform,
        lang: "en",
        us: true,
        messages: [
          { author: "Kredit Pintar", at: "2024-03-05T00:15:00", text: "after midnight" },
          { author: "Kredit Pintar", at: "2024-03-05T12:30:00", text: "after noon" },
        ],
      });
      expect(chat).toContain(NNBSP);
      const items = await readAll(await file(chat));
      expect(summary(items).map((i) => [i.at, i.text])).toEqual([
        ["2024-03-04T17:15:00.000Z", "after midnight"],
        ["2024-03-05T05:30:00.000Z", "after noon"],
      ]);
    });
  }
});

describe("WhatsApp date order, decided per file", () => {
  it("reads an all-ambiguous 24-hour file day first", async () => {
    const items = await readAll(await file("03/04/24 10.00 - A: x\n05/06/24 11.00 - A: y\n"));
    expect(items.map((i) => i.occurredAt.toISOString())).toEqual(["2024-04-03T03:00:00.000Z", "2024-06-05T04:00:00.000Z"]);
  });

  it("reads an all-ambiguous 12-hour file month first", async () => {
    const items = await readAll(await file("3/4/24, 10:00 AM - A: x\n"));
    expect(items[0]!.occurredAt.toISOString()).toBe("2024-03-04T03:00:00.000Z");
  });

  it("reads a 12-hour file day first when a first number is over 12 (en-IN, en-AU phones)", async () => {
    const items = await readAll(await file("3/4/24, 10:00 am - A: x\n25/4/24, 10:00 pm - A: y\n"));
    expect(items.map((i) => i.occurredAt.toISOString())).toEqual(["2024-04-03T03:00:00.000Z", "2024-04-25T15:00:00.000Z"]);
  });

  it("reads a 24-hour file month first when a second number is over 12", async () => {
    const items = await readAll(await file("3/4/24 10:00 - A: x\n3/14/24 10:00 - A: y\n"));
    expect(items.map((i) => i.occurredAt.toISOString())).toEqual(["2024-03-04T03:00:00.000Z", "2024-03-14T03:00:00.000Z"]);
  });

  it("reads year-first dates", async () => {
    const items = await readAll(await file("2024-03-15 21:30 - A: x\n"));
    expect(items[0]!.occurredAt.toISOString()).toBe("2024-03-15T14:30:00.000Z");
  });

  it("refuses a date format it cannot read as unknownDateFormat", async () => {
    expect(await errorCode(await file("March 15, 2024 at 21:30 - Kredit Pintar: hi\n"))).toBe("unknownDateFormat");
    expect(await errorCode(await file("[15 Mar 2024 21:30] Kredit Pintar: hi\n"))).toBe("unknownDateFormat");
    // Both numbers over 12: no order fits.
    expect(await errorCode(await file("15/13/24 10.00 - A: x\n"))).toBe("unknownDateFormat");
    // Day first was decided, then a date that only fits month first.
    expect(await errorCode(await file("15/03/24 10.00 - A: x\n03/15/24 10.00 - A: y\n"))).toBe("unknownDateFormat");
  });
});

describe("WhatsApp bad input", () => {
  it("refuses a text file that is not a chat as notWhatsApp", async () => {
    expect(await errorCode(await file("Dear customer,\n15/03/2024, 21:30 - A: not first\n"))).toBe("notWhatsApp");
    expect(await errorCode(await file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toBe("notWhatsApp");
  });

  it("refuses an export with no messages (only notices) as noMessages", async () => {
    const onlyNotice = makeWhatsAppChat({
      platform: "android",
      lang: "id",
      messages: [{ author: "Kredit Pintar", at: "2024-03-15T21:30", text: "Pesan ini telah dihapus" }],
    });
    expect(await errorCode(await file(onlyNotice))).toBe("noMessages");
    expect(await errorCode(await file(""))).toBe("noMessages");
    expect(await errorCode(await file("\uFEFF\n\n"))).toBe("noMessages");
  });

  it("refuses a zip without a chat text as notWhatsApp, and a cut-off zip as truncated", async () => {
    const noChat = makeWhatsAppZip({ chat: null, media: { "IMG-20240315-WA0001.jpg": new Uint8Array([1, 2, 3]) } });
    expect(await errorCode(await file(noChat, "export.zip"))).toBe("notWhatsApp");
    const whole = makeWhatsAppZip({ chat: "15/03/2024, 21:30 - A: x\n", chatFileName: "WhatsApp Chat with A.txt" });
    expect(await errorCode(await file(whole.slice(0, whole.length - 30), "cut.zip"))).toBe("truncated");
  });

  it("reads a file that starts with a BOM", async () => {
    expect((await readAll(await file("\uFEFF15/03/2024, 21:30 - A: x\n")))[0]!.text).toBe("x");
  });
});

describe("WhatsApp zip exports with media", () => {
  const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

  for (const platform of ["android", "ios"] as const) {
    for (const lang of ["id", "en"] as const) {
      it(`reads the chat and its media from a ${platform} ${lang} zip`, async () => {
        const media = platform === "android" ? "IMG-20240315-WA0001.jpg" : "00000012-PHOTO-2024-03-15-21-30-00.jpg";
        const chat = makeWhatsAppChat({
          platform,
          lang,
          messages: [
            { author: "Kredit Pintar", at: "2024-03-15T21:30:00", attachment: media, text: "Bukti" },
            { author: "Kredit Pintar", at: "2024-03-15T21:31:00", text: "Bayar hari ini\natau denda" },
            { author: "Budi", at: "2024-03-15T21:32:00", text: "Siapa ini?" },
          ],
        });
        const zipPath = await file(
          makeWhatsAppZip({ chat, chatFileName: chatFileName(platform, lang, "Kredit Pintar"), media: { [media]: photo } }),
          "export.zip",
        );
        const progress: number[] = [];
        const items: HistoryItem[] = [];
        for await (const item of whatsAppReader.read(zipPath, (bytes) => progress.push(bytes))) items.push(item);
        expect(summary(items)).toEqual([
          { sender: "Kredit Pintar", at: "2024-03-15T14:30:00.000Z", text: "Bukti", files: [media] },
          { sender: "Kredit Pintar", at: "2024-03-15T14:31:00.000Z", text: "Bayar hari ini\natau denda", files: [] },
          { sender: "Budi", at: "2024-03-15T14:32:00.000Z", text: "Siapa ini?", files: [] },
        ]);
        const { size } = await import("node:fs/promises").then((fs) => fs.stat(zipPath));
        expect(progress.at(-1)).toBe(size);
        expect(await whatsAppReader.readAttachment!(zipPath, media)).toEqual(photo);
        expect(await whatsAppReader.readAttachment!(zipPath, "IMG-20991231-WA9999.jpg")).toBeNull();
      });
    }
  }

  it("finds the chat text by its name, ignoring the resource files a Mac adds when zipping again", async () => {
    const chat = "15/03/2024, 21:30 - Kredit Pintar: from the chat\n";
    const zipPath = await file(
      makeWhatsAppZip({
        chat: null,
        media: {
          "__MACOSX/._WhatsApp Chat with Kredit Pintar.txt": new TextEncoder().encode("15/03/2024, 21:30 - Mac: resource fork\n"),
          "notes.txt": new TextEncoder().encode("15/03/2024, 21:30 - Other: a text file shared in the chat\n"),
          "WhatsApp Chat with Kredit Pintar.txt": new TextEncoder().encode(chat),
        },
      }),
      "mac.zip",
    );
    expect((await readAll(zipPath)).map((i) => i.text)).toEqual(["from the chat"]);
  });

  it("returns null for an attachment of a bare .txt upload, and for media too big to be evidence", async () => {
    const txt = await file("15/03/2024, 21:30 - A: IMG-20240315-WA0001.jpg (file attached)\n");
    expect((await readAll(txt))[0]?.attachments).toEqual([{ fileName: "IMG-20240315-WA0001.jpg" }]);
    expect(await whatsAppReader.readAttachment!(txt, "IMG-20240315-WA0001.jpg")).toBeNull();
    const video = new Uint8Array(10 * 1024 * 1024 + 1);
    const zipPath = await file(makeWhatsAppZip({ chat: "15/03/2024, 21:30 - A: x\n", media: { "VID-20240315-WA0002.mp4": video } }), "big.zip");
    expect(await whatsAppReader.readAttachment!(zipPath, "VID-20240315-WA0002.mp4")).toBeNull();
  });
});

describe("WhatsApp large chats", () => {
  it("reads 100,000 messages as a stream with bounded memory", async () => {
    const chatPath = path.join(dir, "large.txt");
    const out = createWriteStream(chatPath);
    let batch: string[] = [];
    for (const line of whatsAppChatLines({ platform: "android", lang: "id", messages: 100_000 })) {
      batch.push(line);
      if (batch.length === 5_000) {
        if (!out.write(batch.join("\n") + "\n")) await once(out, "drain");
        batch = [];
      }
    }
    out.end(batch.join("\n") + "\n");
    await once(out, "finish");

    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let count = 0;
    let last: HistoryItem | null = null;
    for await (const item of whatsAppReader.read(chatPath)) {
      count++;
      last = item;
      if (count % 1_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(count).toBe(100_000);
    expect(last?.text).toMatch(/Ref 99999$/);
    // The file is 15 MB; reading it whole or keeping the 100,000 items grows the heap by about
    // 55-60 MB, streaming by about 11 MB (measured). A stream holds one message at a time.
    expect(peak - before).toBeLessThan(32 * 1024 * 1024);
  });
});
