import { stringify } from "csv-stringify/sync";

/**
 * CSV written by csv-stringify, for every export (cohort progress, the audit log, a learner's hours): fields separated by commas, records by CRLF, and every text
 * cell quoted (inner quotes doubled). Pure.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab / carriage
 * return) as a formula, so a learner named "=HYPERLINK(…)" could attack whoever opens the
 * export. Every text cell, whatever its column, is checked, and one starting so gets a leading
 * apostrophe (OWASP's advice). Quoting every text cell matters as much: in a locale whose list
 * separator is ";", a spreadsheet splits an unquoted "X;=cmd|…" into a second cell starting
 * with "=", past the guard. Inside quotes no separator splits a cell. Numbers are written as
 * numbers and left alone, since they are produced here and never negative.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | null;

/** A text cell as it is written: with the apostrophe if it would start a formula. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    {
      quoted_string: true,
      record_delimiter: "windows",
      cast: { string: (value) => guardFormula(value), number: (value) => String(value) },
    },
  );
}

/** One cell as toCsv writes it (for tests and single values). */
export function csvCell(value: CsvValue): string {
  return toCsv([[value]]).slice(0, -2);
}
