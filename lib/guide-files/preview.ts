import "server-only";
import { ActionError } from "@/lib/actions/result";
import { db } from "@/lib/db";
import { keyFromTitle } from "@/lib/guides/format/keys";
import type { ParseWarning } from "@/lib/guides/format/warnings";
import { planImport, summarizePlan, type SectionChanges } from "@/lib/guide-files/plan";
import { readCurrentGuide } from "@/lib/guide-files/queries";
import type { GuideImportInput } from "@/lib/guide-files/schema";
import { readGuideSource } from "@/lib/guide-files/source";
import { storedFromFile, type StoredGuide } from "@/lib/guide-files/stored";
import { NO_GUIDE_MESSAGE, SLUG_TAKEN_MESSAGE } from "@/lib/guide-files/mutations";

/** What the import page shows before saving. Plain data: it crosses to the client form. */
export type GuideImportPreview = {
  title: string;
  totalHours: number;
  suggestedSlug: string;
  phases: Array<{ title: string; hours: number; topics: string[]; actions: string[]; deliverables: string[] }>;
  counts: Array<{ label: string; count: number }>;
  warnings: Array<Pick<ParseWarning, "kind" | "path" | "message">>;
  /** The guessed splits, each with the items the admin may correct. */
  splits: Array<{ path: string; original: string; proposed: string[] }>;
  notes: string[];
  /** For a new version: what changes per section (empty: nothing); null for a new guide. */
  changes: SectionChanges[] | null;
};

/**
 * Reads the input into a guide ready to store, or throws an ActionError whose field errors sit
 * at the field they concern (the content: JSON line and column, schema path, parser message).
 */
export function readImport(input: GuideImportInput): {
  guide: StoredGuide;
  notes: string[];
  warnings: ParseWarning[];
  totalHours: number;
} {
  const source = readGuideSource(input.format, input.content, input.corrections);
  if (!source.ok) {
    const messages = source.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
    const message =
      input.format === "json"
        ? "The JSON is not a guide file in the format."
        : "The text could not be read as a guide.";
    if (source.field === "corrections")
      throw new ActionError("A split correction could not be applied.", { corrections: messages });
    throw new ActionError(message, { content: messages });
  }
  const { guide, notes } = storedFromFile(source.file);
  return { guide, notes, warnings: source.warnings, totalHours: source.file.totalHours };
}

export async function previewImport(input: GuideImportInput): Promise<GuideImportPreview> {
  const { guide, notes, warnings, totalHours } = readImport(input);
  let changes: SectionChanges[] | null = null;
  if (input.target === "existing") {
    const current = await readCurrentGuide(db(), { slug: input.slug });
    if (!current) throw new ActionError(NO_GUIDE_MESSAGE, { slug: [NO_GUIDE_MESSAGE] });
    changes = summarizePlan(planImport(current, guide));
  } else if (input.slug !== "" && (await db().guide.count({ where: { slug: input.slug } })) > 0) {
    throw new ActionError(SLUG_TAKEN_MESSAGE, { slug: [SLUG_TAKEN_MESSAGE] });
  }
  return {
    title: guide.title,
    totalHours,
    suggestedSlug: input.slug || keyFromTitle(guide.title),
    phases: guide.phases.map((p) => ({
      title: p.title,
      hours: p.estimatedHours,
      topics: p.topics.map((t) => t.title),
      actions: p.actions.map((a) => a.title),
      deliverables: p.deliverables.map((d) => d.title),
    })),
    counts: [
      { label: "sub-skills", count: guide.subSkills.length },
      { label: "levels", count: guide.levels.length },
      { label: "quiz questions", count: guide.quiz.length },
      { label: "self-check questions", count: guide.selfChecks.length },
      { label: "portfolio projects", count: guide.projects.length },
      { label: "use cases", count: guide.useCases.length },
      { label: "red flags", count: guide.redFlags.length },
      { label: "FAQ entries", count: guide.faqs.length },
    ],
    warnings: warnings
      .filter((w) => w.kind !== "guessedSplit")
      .map(({ kind, path, message }) => ({ kind, path, message })),
    splits: warnings.flatMap((w) =>
      w.kind === "guessedSplit" && w.original && w.proposed
        ? [{ path: w.path, original: w.original, proposed: w.proposed }]
        : [],
    ),
    notes,
    changes,
  };
}
