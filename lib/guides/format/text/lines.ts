/** One non-blank line of the copied page, trimmed, with its 1-based line number for messages. */
export type Line = { text: string; line: number };

/**
 * Splits a copied page into non-blank trimmed lines. Windows and old Mac line endings, a byte
 * order mark, non-breaking and zero-width spaces (all common in browser copies) are normalised
 * first; blank lines carry no meaning in a copy, so extra ones change nothing.
 */
export function toLines(raw: string): Line[] {
  const text = raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u200B\u200C\u200D\u2060]/g, "");
  return text.split("\n").flatMap((content, index) => {
    const trimmed = content.replace(/\s+/g, " ").trim();
    return trimmed === "" ? [] : [{ text: trimmed, line: index + 1 }];
  });
}

const BULLET = /^(?:[•·▪◦‣●]|[-*](?=\s))\s*/;

export function isBullet(line: Line): boolean {
  return BULLET.test(line.text);
}

export function bulletText(line: Line): string {
  return line.text.replace(BULLET, "").trim();
}

/** A line holding only a number: the step numbers the page prints before levels and phases. */
export function isNumberLine(line: Line): boolean {
  return /^\d{1,2}$/.test(line.text);
}

/**
 * A heading as the page shows it, without the decorative emoji some headings carry
 * ("📦 Deliverables", "💡 Pro Tips …") and without a trailing colon, so both spellings match.
 */
export function headingText(line: Line): string {
  return line.text
    .replace(/^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u, "")
    .replace(/:$/, "")
    .trim();
}

/**
 * Removes list numbers the copy glued to the items ("1Ability to …" → "Ability to …"), but
 * only when every item starts with its own position, 1, 2, 3 …: a lone "5G networks" keeps its 5.
 */
export function stripListNumbers(items: string[]): string[] {
  const numbered = items.length > 0 && items.every((item, i) => new RegExp(`^${i + 1}(?!\\d)`).test(item));
  if (!numbered) return items;
  return items.map((item, i) => item.slice(String(i + 1).length).replace(/^[.)]?\s*/, ""));
}
