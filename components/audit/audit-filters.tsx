import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { kindName } from "@/lib/audit/kinds";
import type { AuditFilter } from "@/lib/audit/schema";

/**
 * A GET form: filters live in the URL, so a filtered view can be shared and works without
 * JavaScript. The actor box suggests the emails seen in the trail; kinds are listed by name,
 * one per model.
 */
export function AuditFilters({ filter, kinds, actors }: { filter: AuditFilter; kinds: string[]; actors: string[] }) {
  return (
    <form
      method="get"
      action="/admin/audit"
      aria-label="Filter the audit log"
      className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <Field id="audit-actor" label="Actor email">
        {(control) => (
          <Input
            {...control}
            name="actor"
            type="search"
            list="audit-actors"
            defaultValue={filter.actor}
            maxLength={254}
            placeholder="e.g. admin@"
          />
        )}
      </Field>
      <datalist id="audit-actors">
        {actors.map((email) => (
          <option key={email} value={email} />
        ))}
      </datalist>
      <Field id="audit-kind" label="Kind">
        {(control) => (
          <Select {...control} name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">All kinds</option>
            {kinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindName(kind)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="audit-from" label="From">
        {(control) => <Input {...control} name="from" type="date" defaultValue={filter.from} />}
      </Field>
      <Field id="audit-to" label="To">
        {(control) => <Input {...control} name="to" type="date" defaultValue={filter.to} />}
      </Field>
      {/* mb-1.5 matches the fields' (empty) error line, so the buttons line up with the inputs. */}
      <div className="flex gap-2 lg:mb-1.5">
        <Button type="submit">Filter</Button>
        <ButtonLink href="/admin/audit" variant="ghost">
          Clear
        </ButtonLink>
      </div>
    </form>
  );
}
