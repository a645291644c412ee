/**
 * What a submission version may carry, as pure rules (no I/O), shared by the upload action,
 * the download route and the tests. The content type is read from the bytes (sniff.ts), never
 * taken from the browser, and the file's extension must name the same kind of file: an HTML
 * page renamed `report.pdf` is refused, and what is stored is served only as a download.
 */

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files per version; the database trigger (migration attachments) holds the same number. */
export const MAX_ATTACHMENTS_PER_VERSION = 5;
export const MAX_NAME_LENGTH = 200;

export type AttachmentKind = { label: string; contentType: string; extensions: readonly string[] };

/** Every kind accepted, keyed by the content type the bytes are sniffed as. */
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  { label: "PDF", contentType: "application/pdf", extensions: ["pdf"] },
  { label: "PNG image", contentType: "image/png", extensions: ["png"] },
  { label: "JPEG image", contentType: "image/jpeg", extensions: ["jpg", "jpeg"] },
  { label: "GIF image", contentType: "image/gif", extensions: ["gif"] },
  { label: "WebP image", contentType: "image/webp", extensions: ["webp"] },
  { label: "ZIP archive", contentType: "application/zip", extensions: ["zip"] },
  { label: "gzip archive", contentType: "application/gzip", extensions: ["gz", "tgz"] },
  { label: "tar archive", contentType: "application/x-tar", extensions: ["tar"] },
  { label: "plain text", contentType: "text/plain", extensions: ["txt", "log"] },
  { label: "Markdown", contentType: "text/markdown", extensions: ["md", "markdown"] },
  { label: "CSV", contentType: "text/csv", extensions: ["csv"] },
];

/** For the file input's `accept` and the hint under it. */
export const ACCEPTED_EXTENSIONS = ATTACHMENT_KINDS.flatMap((kind) => kind.extensions.map((ext) => `.${ext}`));

const TEXT_TYPES = new Set(["text/plain", "text/markdown", "text/csv"]);

export const EMPTY_FILE_MESSAGE = "This file is empty. Choose a file with something in it.";
export const TOO_LARGE_MESSAGE = "This file is larger than 10 MB. Attach a smaller file or link to it instead.";
export const TOO_MANY_MESSAGE = `A version can have at most ${MAX_ATTACHMENTS_PER_VERSION} files. Remove one before adding another.`;
export const UNSUPPORTED_MESSAGE =
  "This kind of file can't be attached. Attach a PDF, an image (PNG, JPEG, GIF, WebP), text (.txt, .md, .csv) or an archive (.zip, .tar, .gz).";

/** The file's extension, lower case, without the dot ("" when it has none). */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(name);
  return match ? match[1]!.toLowerCase() : "";
}

export type Classification = { ok: true; contentType: string } | { ok: false; message: string };

/**
 * Decides a file from its name and what its bytes were sniffed as: `sniffed` is the content
 * type a binary signature gave, "text" for valid UTF-8 without NUL characters, null for neither.
 */
export function classify(name: string, sniffed: string | "text" | null): Classification {
  const ext = extensionOf(name);
  const byExtension = ATTACHMENT_KINDS.find((kind) => kind.extensions.includes(ext));
  if (!byExtension) return { ok: false, message: UNSUPPORTED_MESSAGE };
  if (sniffed === "text" && TEXT_TYPES.has(byExtension.contentType))
    return { ok: true, contentType: byExtension.contentType };
  if (sniffed !== null && sniffed === byExtension.contentType) return { ok: true, contentType: sniffed };
  const actual = sniffed === "text" ? "text" : ATTACHMENT_KINDS.find((kind) => kind.contentType === sniffed)?.label;
  const what = actual
    ? `it is ${actual === "text" ? "text" : `a ${actual}`}, not a ${byExtension.label}`
    : `its content is not a ${byExtension.label}`;
  return { ok: false, message: `This file is named .${ext} but ${what}. Check that you picked the right file.` };
}

/**
 * The name kept for a file: the last path segment the browser sent, without control or
 * bidirectional-override characters (which could disguise `exe.pdf` as `fdp.exe`), trimmed to
 * MAX_NAME_LENGTH with its extension kept.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/\s+/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .trim();
  if (cleaned.length <= MAX_NAME_LENGTH) return cleaned;
  const ext = extensionOf(cleaned);
  const keep = ext ? `.${ext}` : "";
  return `${cleaned.slice(0, MAX_NAME_LENGTH - keep.length).trimEnd()}${keep}`;
}

/**
 * `Content-Disposition: attachment` with the name twice (RFC 6266): an ASCII fallback in
 * `filename` (quotes, backslashes and non-ASCII replaced) and the exact name, UTF-8 and
 * percent-encoded, in `filename*`, which every current browser prefers.
 */
export function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%]/g, "_") || "attachment";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** What a download is sent as: text with its charset, everything else as sniffed. */
export function servedContentType(contentType: string): string {
  return TEXT_TYPES.has(contentType) ? `${contentType}; charset=utf-8` : contentType;
}

/** "2.4 MB", "830 KB", "120 bytes". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A kind's label for a stored content type (the list shows "PDF", not "application/pdf"). */
export function kindLabel(contentType: string): string {
  return ATTACHMENT_KINDS.find((kind) => kind.contentType === contentType)?.label ?? contentType;
}

/**
 * What changed in the attached files from one version to another, for "Compare versions": a
 * file is the same when its name and content (SHA-256) are; a renamed or edited file counts as
 * removed and added.
 */
export function fileChanges<F extends { name: string; sha256: string }>(
  from: readonly F[],
  to: readonly F[],
): { added: F[]; removed: F[] } {
  const key = (file: F) => `${file.name}\u0000${file.sha256}`;
  const remaining = new Map<string, number>();
  for (const file of from) remaining.set(key(file), (remaining.get(key(file)) ?? 0) + 1);
  const added: F[] = [];
  for (const file of to) {
    const left = remaining.get(key(file)) ?? 0;
    if (left > 0) remaining.set(key(file), left - 1);
    else added.push(file);
  }
  const removed: F[] = [];
  for (const file of [...from].reverse()) {
    const left = remaining.get(key(file)) ?? 0;
    if (left > 0) {
      remaining.set(key(file), left - 1);
      removed.unshift(file);
    }
  }
  return { added, removed };
}
