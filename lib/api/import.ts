import "server-only";
import { randomUUID } from "node:crypto";
import { ActionError } from "@/lib/actions/result";
import type { CurrentUser } from "@/lib/auth/session";
import { importTimeEntries, planFor } from "@/lib/hours/import-mutations";
import { previewOf } from "@/lib/hours/import-preview";
import { importTimeEntriesSchema, previewImportSchema } from "@/lib/hours/schema";
import { ApiError, INVALID_INPUT } from "@/lib/api/problem";

/**
 * POST /api/v1/time-entries/import: a CSV file as the body (Skilltrail's own, or a Toggl Track
 * or Clockify "Detailed report": lib/hours/trackers.ts). With ?dryRun=1 it answers the
 * preview (the detected format, each row's outcome, the minutes) and writes nothing;
 * otherwise it imports all or nothing, exactly as the hours page does (import-mutations.ts):
 * a file with any refused row imports nothing and answers 422 with each row's problems, and
 * the same file twice adds nothing. A file that needs the mapping step of the page (no known
 * header) answers `needs: "mapping"` in the preview and 422 on import.
 */

type ImportOptions = { dryRun: boolean; dateOrder: "mdy" | "dmy" | null };

function appInput<T>(
  result: { success: true; data: T } | { success: false; error: { issues: Array<{ message: string }> } },
): T {
  if (result.success) return result.data;
  throw new ApiError(400, INVALID_INPUT, { body: result.error.issues.map((i) => i.message) });
}

export async function importCsv(user: CurrentUser, csv: string, { dryRun, dateOrder }: ImportOptions) {
  try {
    if (dryRun) {
      const input = appInput(previewImportSchema.safeParse({ csv, dateOrder: dateOrder ?? "" }));
      const preview = previewOf(await planFor(user, input));
      return {
        dryRun: true as const,
        format: preview.format,
        formatName: preview.formatName,
        needs: preview.needs,
        message: preview.message,
        rows: preview.entries.map((e) => ({
          line: e.line,
          part: e.part,
          date: e.date,
          minutes: e.minutes,
          outcome: e.outcome,
          problems: e.problems,
        })),
        counts: preview.counts,
        totalMinutes: preview.entries.reduce((sum, e) => sum + e.minutes, 0),
      };
    }
    const input = appInput(
      importTimeEntriesSchema.safeParse({ csv, dateOrder: dateOrder ?? "", importKey: `api-${randomUUID()}` }),
    );
    const result = await importTimeEntries(user, input);
    return { dryRun: false as const, ...result };
  } catch (error) {
    if (error instanceof ActionError) {
      // The app keys file problems "csv" (the form's field); the API's file is the body.
      const errors = Object.fromEntries(
        Object.entries(error.fieldErrors ?? {}).map(([key, value]) => [key === "csv" ? "body" : key, value]),
      );
      throw new ApiError(422, error.message, errors);
    }
    throw error;
  }
}
