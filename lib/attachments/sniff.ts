import { fileTypeFromBuffer } from "file-type";

/**
 * What a file's bytes are, whatever its name or the browser says: the content type of a known
 * binary signature (file-type reads the magic numbers: PDF, PNG, ZIP, tar …), else "text" when
 * the bytes are valid UTF-8 with no NUL character, else null. HTML has no signature, so an HTML
 * page is "text" here and passes only under a text extension, where it is served as text/plain.
 */
export async function sniffContent(bytes: Uint8Array): Promise<string | "text" | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.mime;
  return isUtf8Text(bytes) ? "text" : null;
}

export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
