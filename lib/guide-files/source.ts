import { z } from "zod";
import { formatPath, type ParseError, type ParseWarning } from "@/lib/guides/format/warnings";
import { parseGuideText } from "@/lib/guides/format/parse-text";
import { guideFileSchema, type GuideFile } from "@/lib/guides/format/schema";
import { firstJsonError } from "@/lib/guide-files/json-position";
import { applySplitCorrections, type SplitCorrection } from "@/lib/guide-files/splits";

/**
 * What an admin pastes or uploads, read into a guide file: JSON in the format, or a guide
 * page's copied text (parseGuideText). Never throws: invalid JSON names its line and column,
 * schema problems their path, the parser its own errors.
 */
export type SourceFormat = "json" | "text";

export type SourceResult =
  | { ok: true; file: GuideFile; warnings: ParseWarning[] }
  /** `field`: the input the errors concern (the content, or the admin's split corrections). */
  | { ok: false; errors: ParseError[]; warnings: ParseWarning[]; field?: "corrections" };

export function readGuideSource(
  format: SourceFormat,
  content: string,
  corrections: readonly SplitCorrection[] = [],
): SourceResult {
  if (format === "json") return readJson(content);
  const parsed = parseGuideText(content);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: parsed.warnings };
  if (corrections.length === 0) return { ok: true, file: parsed.guide, warnings: parsed.warnings };
  const corrected = applySplitCorrections(parsed.guide, parsed.warnings, corrections);
  if (!corrected.ok) return { ok: false, errors: corrected.errors, warnings: parsed.warnings, field: "corrections" };
  const checked = guideFileSchema.safeParse(corrected.file);
  if (!checked.success) return { ok: false, errors: issuesToErrors(checked.error.issues), warnings: parsed.warnings };
  return { ok: true, file: checked.data, warnings: parsed.warnings };
}

function readJson(content: string): SourceResult {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    return { ok: false, errors: [{ path: "", message: jsonErrorMessage(content, error) }], warnings: [] };
  }
  const parsed = guideFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues), warnings: [] };
  return { ok: true, file: parsed.data, warnings: [] };
}

/** "Invalid JSON at line 3, column 5: expected a comma or a closing bracket". */
export function jsonErrorMessage(content: string, error: unknown): string {
  const found = firstJsonError(content);
  if (!found) return `Invalid JSON: ${error instanceof Error ? error.message : String(error)}`;
  const { line, column } = lineAndColumn(content, found.offset);
  return `Invalid JSON at line ${line}, column ${column}: ${found.reason}`;
}

function lineAndColumn(content: string, offset: number): { line: number; column: number } {
  const before = content.slice(0, offset).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

export function issuesToErrors(issues: readonly z.core.$ZodIssue[]): ParseError[] {
  return issues.slice(0, 50).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
