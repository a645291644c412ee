import { parse } from "csv-parse/sync";
import { z } from "zod";

/**
 * A list of people to add to a cohort, as an admin pastes it or exports it from a spreadsheet:
 * one email per line; or a CSV with an "email" column (other columns ignored); or lines such as
 * "Ada Lovelace <ada@example.com>" or "a@x.org, b@y.org". Read with csv-parse (quoted cells,
 * commas inside quotes, a byte-order mark). Pure: each entry keeps the line it came from, for
 * the per-line report.
 */

import { MEMBER_LIST_MAX_ENTRIES } from "./bulk-report";

export type MemberListEntry =
  | { line: number; text: string; email: string }
  | { line: number; text: string; problem: "invalid" }
  | { line: number; text: string; problem: "duplicate"; firstLine: number };

export type MemberListResult = { ok: true; entries: MemberListEntry[] } | { ok: false; error: string };

const emailSchema = z.email().max(254);
const HEADER = /^e-?mail( address)?$/i;
/** What a report row shows of a line that holds no address: enough to find it. */
const shown = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);

/** The address-like tokens of one cell: "Ada <ada@x.org>" → ada@x.org; "a@x b@y" → both. */
function tokensOf(cell: string): string[] {
  const bracketed = [...cell.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!.trim());
  if (bracketed.length > 0) return bracketed;
  return cell.split(/[\s;]+/).filter((token) => token.includes("@"));
}

type Row = { record: string[]; info: { lines: number } };

/**
 * Rows as csv-parse reads them; text that is not valid CSV (a pasted `"Ada" <ada@x.org>`, whose
 * quote closes mid-cell) is read line by line instead, cells split on commas.
 */
function rowsOf(text: string): Row[] {
  try {
    // With `info`, each record comes with where it ended (the typings only know bare records).
    return parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as Row[];
  } catch {
    return text
      .replace(/^\uFEFF/, "")
      .split(/\r\n|\n|\r/)
      .map((line, index) => ({ record: line.split(",").map((cell) => cell.trim()), info: { lines: index + 1 } }))
      .filter((row) => row.record.some(Boolean));
  }
}

export function parseMemberList(text: string): MemberListResult {
  const records = rowsOf(text);
  let emailColumn: number | null = null;
  const entries: MemberListEntry[] = [];
  const firstSeen = new Map<string, number>();
  records.forEach(({ record, info }, index) => {
    const line = info.lines;
    if (index === 0) {
      const header = record.findIndex((cell) => HEADER.test(cell));
      if (header >= 0) {
        emailColumn = header;
        return;
      }
    }
    const cells = emailColumn === null ? record : [record[emailColumn] ?? ""];
    // The email column first; a row whose address sits elsewhere (a name with a comma, split) is searched whole.
    const inColumn = cells.flatMap(tokensOf);
    const tokens = inColumn.length > 0 ? inColumn : record.flatMap(tokensOf);
    const raw = record.filter(Boolean).join(", ");
    if (tokens.length === 0) {
      entries.push({ line, text: shown(raw), problem: "invalid" });
      return;
    }
    for (const token of tokens) {
      const email = token.toLowerCase();
      if (!emailSchema.safeParse(email).success) {
        entries.push({ line, text: shown(token), problem: "invalid" });
        continue;
      }
      const first = firstSeen.get(email);
      if (first !== undefined) entries.push({ line, text: email, problem: "duplicate", firstLine: first });
      else {
        firstSeen.set(email, line);
        entries.push({ line, text: email, email });
      }
    }
  });
  if (entries.length === 0)
    return { ok: false, error: "The list has no email addresses. Paste one per line, or choose a CSV file." };
  if (entries.length > MEMBER_LIST_MAX_ENTRIES)
    return {
      ok: false,
      error: `The list has ${entries.length.toLocaleString("en-US")} entries; add at most ${MEMBER_LIST_MAX_ENTRIES} at a time. Split it and send the rest next.`,
    };
  return { ok: true, entries };
}
