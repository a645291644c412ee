import type { z } from "zod";
import type { GuideDraft, QuickStats } from "@/lib/guides/format/text/draft";
import { formatPath, type ParseError, type Warn } from "@/lib/guides/format/warnings";

/**
 * The checks that decide whether a parsed page can be imported, beyond the format's own
 * rules: the lists every guide needs, and the counts the page states in Quick Stats and at the
 * top of its learning path. A count that disagrees with what was read means a part was lost
 * or misread, so it is an error rather than a guess the admin might overlook.
 */
export function completenessErrors(
  draft: GuideDraft,
  stats: QuickStats,
  name: string | undefined,
  total: number | undefined,
): ParseError[] {
  const errors: ParseError[] = [];
  const guide = name ?? "…";
  if (name === undefined) {
    errors.push({
      path: "title",
      message: 'No guide title: expected a "<name> Skill Guide" line or headings naming it',
    });
  }
  if (draft.phases.length === 0) {
    errors.push({
      path: "phases",
      message: `No learning phases found: expected a "Learning Path for ${guide}" section with an "N hours" line under each phase title`,
    });
  }
  if (draft.subSkills.length === 0) {
    errors.push({
      path: "subSkills",
      message: `No sub-skills found: expected a "${guide} Sub-skills Breakdown" section with an "N%" line under each sub-skill name`,
    });
  }
  if (draft.levels.length === 0) {
    errors.push({
      path: "levels",
      message: `No proficiency levels found: expected a "${guide} Proficiency Levels" section with "What You Can Do at This Level" under each level`,
    });
  }
  if (total === undefined && draft.phases.length > 0) {
    errors.push({ path: "totalHours", message: "No total hours: the page states none and its phases have none" });
  }
  const stated = (what: string, path: string, expected: number | undefined, found: number) => {
    if (expected !== undefined && found > 0 && expected !== found) {
      errors.push({ path, message: `Quick Stats states ${expected} ${what} but ${found} were found in the text` });
    }
  };
  stated("learning phases", "phases", stats.phases, draft.phases.length);
  stated("sub-skills", "subSkills", stats.subSkills, draft.subSkills.length);
  if (stats.hours !== undefined && draft.totalHours !== undefined && stats.hours !== draft.totalHours) {
    errors.push({
      path: "totalHours",
      message: `Quick Stats states ${stats.hours} hours but the learning path states ${draft.totalHours} hours total`,
    });
  }
  return errors;
}

/**
 * The total the page states; without one, Quick Stats' estimate, and failing that the sum of
 * the phases (reported, since nothing then checks the phases' hours).
 */
export function totalHours(draft: GuideDraft, stats: QuickStats, warn: Warn): number | undefined {
  if (draft.totalHours !== undefined) return draft.totalHours;
  if (stats.hours !== undefined) return stats.hours;
  if (draft.phases.length === 0) return undefined;
  const sum = draft.phases.reduce((total, phase) => total + phase.hours, 0);
  warn({
    kind: "missingField",
    path: "totalHours",
    message: `The page states no total hours; the sum of the phases (${sum}) is used`,
  });
  return sum;
}

/**
 * The format's own issues as parse errors, minus those on a part already explained above
 * (an empty phase list, a missing title) and a missing total when there are no phases to sum.
 */
export function schemaErrors(issues: z.core.$ZodIssue[], explained: ParseError[]): ParseError[] {
  const seen = new Set(explained.map((e) => e.path));
  const alreadySaid = (path: string, code: string) =>
    (code === "too_small" || code === "invalid_type") &&
    (seen.has(path) || (path === "totalHours" && seen.has("phases")));
  return issues
    .filter((issue) => !alreadySaid(formatPath(issue.path), issue.code))
    .map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
