/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when
 * it holds a comma, a quote or a line break, with inner quotes doubled. Pure.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab / carriage
 * return) as a formula, so a learner named "=HYPERLINK(…)" could attack whoever opens the
 * export. Text cells starting so get a leading apostrophe (OWASP's advice); numbers are
 * written as numbers and left alone, since they are produced here and never negative.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null;

export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  let text = typeof value === "number" ? String(value) : value;
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
