import { getAttachmentDownload } from "@/lib/attachments/queries";
import { contentDisposition, servedContentType } from "@/lib/attachments/rules";
import { NO_STORE } from "@/lib/auth/route-guard";
import { getCurrentUser } from "@/lib/auth/session";
import { DOWNLOAD_CSP } from "@/lib/security/headers";

/**
 * GET /api/attachments/:attachmentId — one attached file, always as a download: never rendered
 * by the browser (Content-Disposition: attachment, nosniff, a sandboxing CSP), whatever its
 * bytes. Its learner, their assigned mentors and admins only (lib/attachments/queries.ts);
 * anyone else, a guest included, gets the same 404 as for a file that does not exist.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ attachmentId: string }> },
): Promise<Response> {
  const { attachmentId } = await params;
  const user = await getCurrentUser();
  // Ids are short and plain: anything else (a NUL byte would reach PostgreSQL as an error) is not found.
  const plainId = typeof attachmentId === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(attachmentId);
  const file = user && plainId ? await getAttachmentDownload(user, attachmentId) : null;
  if (!file) return Response.json({ error: "Not found." }, { status: 404, headers: NO_STORE });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": servedContentType(file.contentType),
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": contentDisposition(file.name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": DOWNLOAD_CSP,
      "Cross-Origin-Resource-Policy": "same-origin",
      // Only the signed-in browser may keep it, never a shared cache; it asks again each time,
      // so a revoked mentor or a deleted account stops seeing the file at once.
      "Cache-Control": "private, no-cache",
    },
  });
}
