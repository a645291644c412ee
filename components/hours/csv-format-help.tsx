import { buttonClasses } from "@/components/ui/button";
import { CSV_COLUMNS, CSV_EXAMPLE } from "@/lib/hours/csv";
import { CSV_MAX_ROWS, CSV_MAX_SIZE_LABEL, NOTE_MAX_LENGTH } from "@/lib/hours/schema";
import type { HoursOption } from "@/lib/hours/types";

// A data: URL needs no route and works without JavaScript; `download` saves it as a file.
const EXAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`${CSV_EXAMPLE}\n`)}`;

/** The import format, with the names a row may use for the learner's phases and sub-skills. */
export function CsvFormatHelp({
  phases,
  subSkills,
}: {
  phases: readonly HoursOption[];
  subSkills: readonly HoursOption[];
}) {
  const names = (options: readonly HoursOption[]) =>
    options
      .filter((o) => !o.archived)
      .map((o) => (
        <li key={o.id}>
          <code className="rounded bg-slate-100 px-1 text-xs break-all">{o.key}</code> or “{o.title}”
        </li>
      ));
  return (
    <div className="flex flex-col gap-3 text-sm text-slate-700">
      <p>
        The first line names the columns:{" "}
        <code className="rounded bg-slate-100 px-1 text-xs break-all">{CSV_COLUMNS.join(",")}</code> (in any order;{" "}
        <code className="text-xs">sub_skill</code> and <code className="text-xs">note</code> may be left out). Then one
        line per session:
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <strong>date</strong> as YYYY-MM-DD, today or earlier in your time zone;
        </li>
        <li>
          <strong>hours</strong> as a duration (<code className="text-xs">1.5</code>,{" "}
          <code className="text-xs">1:30</code> or <code className="text-xs">1h 30m</code>) and the optional{" "}
          <strong>minutes</strong> as a whole number added to it; together more than 0 and at most 24 h;
        </li>
        <li>
          <strong>phase</strong> and the optional <strong>sub_skill</strong> by key or by name, in any letter case;
        </li>
        <li>
          <strong>note</strong> up to {NOTE_MAX_LENGTH} characters; put a value containing commas in double quotes.
        </li>
      </ul>
      <p>
        <strong>Other trackers:</strong> a Toggl Track or Clockify “Detailed report” CSV is recognised from its first
        line. Any other CSV works too: the preview asks which column holds the date, the duration (or the start and end
        times), the description, the project and the tags. Dates may be written 2026-03-02, 03/02/2026 or 02/03/2026 (if
        every date could be read both ways, the preview asks which); times as 14:30 or 2:30 PM; durations as 1:30:00 or
        1.5. A session that crosses midnight is split between the two days of your time zone. Rules you save send a tag,
        a project or a description to a phase, and are reused next time.
      </p>
      <p>
        The preview shows what every line would become before anything is saved: new, already imported, over 24 h on its
        day, or without a phase yet. Importing is all or nothing, and importing the same file again adds nothing. At
        most {CSV_MAX_ROWS.toLocaleString("en-US")} lines and {CSV_MAX_SIZE_LABEL} per file.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h3 className="font-medium text-slate-900">Phases</h3>
          <ul className="mt-1 space-y-1">{names(phases)}</ul>
        </div>
        <div>
          <h3 className="font-medium text-slate-900">Sub-skills</h3>
          <ul className="mt-1 space-y-1">{names(subSkills)}</ul>
        </div>
      </div>
      <a
        href={EXAMPLE_HREF}
        download="skilltrail-hours-example.csv"
        className={buttonClasses({ variant: "secondary", size: "sm", className: "self-start" })}
      >
        Download an example file
      </a>
    </div>
  );
}
