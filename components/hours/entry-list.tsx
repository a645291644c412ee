import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { TimeEntryPage } from "@/lib/hours/queries";
import { entryFiltersHref, type EntryFilters as Filters } from "@/lib/hours/schema";
import type { HoursOption } from "@/lib/hours/types";
import { formatMinutes } from "@/lib/progress/path";
import { EntryFilters } from "./entry-filters";
import { EntryRow } from "./entry-row";
import { Pagination } from "@/components/ui/pagination";
import { countOf, formatIsoDate, formatIsoDateLong } from "@/lib/ui/format";

type EntryListProps = {
  list: TimeEntryPage;
  filters: Filters;
  phases: readonly HoursOption[];
  subSkills: readonly HoursOption[];
  today: string;
};

/** The learner's entries: filters, the filtered count and total, one page of rows, page links. */
export function EntryList({ list, filters, phases, subSkills, today }: EntryListProps) {
  const filtered = Boolean(filters.phase || filters.subSkill || filters.from || filters.to);
  const entries = countOf(list.totalCount, "entry", "entries");
  return (
    <section aria-labelledby="entries-heading" className="flex flex-col gap-5">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between">
        {/* Focus target after a deletion removes the row that had focus. */}
        <h2 id="entries-heading" tabIndex={-1} className="text-lg font-semibold text-slate-900 focus:outline-none">
          Your entries
        </h2>
        <p aria-live="polite" className="text-sm text-slate-700" data-testid="entries-summary">
          <span className="font-semibold text-slate-900">{formatMinutes(list.totalMinutes)}</span> in {entries}
          {filtered ? " matching the filters" : ""}
        </p>
      </div>
      <EntryFilters filters={filters} phases={phases} subSkills={subSkills} />
      {list.entries.length === 0 ? (
        filtered ? (
          <EmptyState
            title="No entries match these filters"
            description="Try a wider date range or another phase."
            action={
              <ButtonLink href="/hours" variant="secondary">
                Clear filters
              </ButtonLink>
            }
          />
        ) : (
          <EmptyState
            title="No time logged yet"
            description="Log your first study session with the form above, or import past sessions from a CSV file below."
          />
        )
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-4 shadow-sm sm:px-5">
          {list.entries.map((entry) => (
            <EntryRow
              key={entry.id}
              entry={entry}
              phases={phases}
              subSkills={subSkills}
              today={today}
              dates={{ short: formatIsoDate(entry.date), long: formatIsoDateLong(entry.date) }}
            />
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => entryFiltersHref({ ...filters, page })}
      />
    </section>
  );
}
