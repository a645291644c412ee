import { guideFileSchema, type GuideFile } from "@/lib/guides/format/schema";
import { completenessErrors, schemaErrors, totalHours } from "@/lib/guides/format/text/completeness";
import { buildDraft } from "@/lib/guides/format/text/draft";
import { toLines } from "@/lib/guides/format/text/lines";
import { readPage } from "@/lib/guides/format/text/sections";
import type { ParseError, ParseWarning, Warn } from "@/lib/guides/format/warnings";

export type ParseTextResult =
  | { ok: true; guide: GuideFile; warnings: ParseWarning[] }
  /** `draft` is what could be read, for a preview that shows where the text falls short. */
  | { ok: false; errors: ParseError[]; warnings: ParseWarning[]; draft: unknown };

/**
 * Turns the text of a skill-guide page, as copied from a browser, into the guide file format
 * (schema.ts). Sections are found by their headings, in any order; every guess (a split run,
 * a skipped line, a missing section) is a warning. The result is an error, never an exception,
 * when the guide is not complete enough to import.
 */
export function parseGuideText(raw: string): ParseTextResult {
  const warnings: ParseWarning[] = [];
  const warn: Warn = (warning) => warnings.push(warning);
  const lines = toLines(raw);
  if (lines.length === 0) {
    return { ok: false, errors: [{ path: "", message: "The text is empty" }], warnings, draft: {} };
  }

  const page = readPage(lines, warn);
  const { draft, quickStats } = buildDraft(page, warn);
  const candidate = { ...draft, totalHours: totalHours(draft, quickStats, warn) };
  const errors = completenessErrors(draft, quickStats, page.name, candidate.totalHours);

  const parsed = guideFileSchema.safeParse(candidate);
  if (!parsed.success) errors.push(...schemaErrors(parsed.error.issues, errors));
  if (errors.length > 0 || !parsed.success) return { ok: false, errors, warnings, draft: candidate };
  return { ok: true, guide: parsed.data, warnings };
}
