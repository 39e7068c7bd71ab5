// POST /api/imports – stores one history file and answers its import's id
import { z } from "zod";
import { fileNameFromHeader } from "@/lib/http/file-name-header";
import { IMPORT_KINDS } from "@/lib/domain";
import { createImport, type UploadError } from "@/lib/import/imports";
import { withUser } from "@/lib/http/with-user";

const STATUS: Record<UploadError | "signedOut" | "notFound", number> = {
  tooLarge: 413,
  empty: 422,
  tooManyImports: 409,
  unknownKind: 422,
  signedOut: 401,
  notFound: 404,
};

const refuse = (error: keyof typeof STATUS) =>
  Response.json({ error }, { status: STATUS[error], headers: { "Cache-Control": "no-store", Connection: "close" } });

/**
 * One history file as the raw body (no multipart), so it streams to disk counted against
 * IMPORT_MAX_BYTES and the browser can show upload progress. `?kind=sms_backup|whatsapp`; the
 * name in `X-File-Name`, URI-encoded. Answers the import's id; reading starts in the background.
 */
export const POST = withUser(
  async (request, _context, user) => {
    const kind = z.enum(IMPORT_KINDS).safeParse(new URL(request.url).searchParams.get("kind"));
    if (!kind.success) return refuse("unknownKind");
    const declared = request.headers.get("content-length");
    const result = await createImport(user.id, {
      kind: kind.data,
      fileName: fileNameFromHeader(request.headers.get("x-file-name")),
      body: request.body,
      declaredLength: declared === null ? NaN : Number(declared),
    });
    if (!result.ok) return refuse(result.error);
    return Response.json({ id: result.importId }, { status: 201, headers: { "Cache-Control": "no-store" } });
  },
  {
    sameOrigin: true,
    refused: () => refuse("notFound"),
    // The body is not read: stop the browser sending the rest of it.
    signedOut: async (request) => {
      await request.body?.cancel().catch(() => {});
      return refuse("signedOut");
    },
  },
);
