import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { HoursSelect } from "@/components/hours/hours-select";
import { Field, Input } from "@/components/ui/field";
import type { EntryFilters as Filters } from "@/lib/hours/schema";
import type { HoursOption } from "@/lib/hours/types";

type EntryFiltersProps = {
  filters: Filters;
  phases: readonly HoursOption[];
  subSkills: readonly HoursOption[];
};

/**
 * The list's filters as a plain GET form: the URL is the state, so a filtered list can be
 * bookmarked, shared and paged, and it works before JavaScript loads. Archived phases and
 * sub-skills are offered too, since older entries may point at them.
 */
export function EntryFilters({ filters, phases, subSkills }: EntryFiltersProps) {
  const active = Boolean(filters.phase || filters.subSkill || filters.from || filters.to);
  const pickers = [
    { name: "phase", label: "Phase", options: phases, emptyLabel: "All phases" },
    { name: "subSkill", label: "Sub-skill", options: subSkills, emptyLabel: "All sub-skills" },
  ] as const;
  return (
    <form
      method="get"
      action="/hours"
      aria-label="Filter entries"
      className="grid grid-cols-2 gap-4 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end"
    >
      {pickers.map(({ name, label, options, emptyLabel }) => (
        <HoursSelect
          key={name}
          label={label}
          name={name}
          options={options}
          defaultValue={filters[name] ?? ""}
          emptyLabel={emptyLabel}
          className="col-span-2 sm:col-span-1"
        />
      ))}
      <Field label="From">
        {(control) => <Input {...control} name="from" type="date" defaultValue={filters.from ?? ""} />}
      </Field>
      <Field label="To">
        {(control) => <Input {...control} name="to" type="date" defaultValue={filters.to ?? ""} />}
      </Field>
      {/* mb-1.5 matches the fields' (empty) error line, so the buttons line up with the inputs. */}
      <div className="col-span-2 flex gap-2 lg:col-span-1 lg:mb-1.5">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {active ? (
          <Link href="/hours" className={buttonClasses({ variant: "ghost" })}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
