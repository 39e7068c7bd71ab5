import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { insertImport } from "@/db/queries/imports";
import { createTestUser } from "@/lib/testing/factories";
import { loadImportPage, loadImportsPage } from "./import-pages";

describe("import page loaders", () => {
  it("shows the user's own uploads only", async () => {
    const user = await createTestUser();
    const row = await insertImport({ id: randomUUID(), userId: user.id, kind: "sms_backup", fileName: "sms-2026.xml", fileSize: 10 });
    expect((await loadImportsPage(user)).map((upload) => upload.id)).toEqual([row.id]);
    expect(await loadImportsPage(await createTestUser())).toEqual([]);
    // Reading stopped with no file kept (no reader runs in this process): nothing read or picked, cannot go on.
    expect(await loadImportPage(user, row.id)).toMatchObject({
      row: { id: row.id },
      summary: null,
      selection: null,
      progress: { running: false },
      resumable: false,
    });
    expect(await loadImportPage(await createTestUser(), row.id)).toBeNull();
    expect(await loadImportPage(user, "nope")).toBeNull();
  });
});
