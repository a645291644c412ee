import { Button, ButtonLink } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import type { AuditFilter } from "@/lib/audit/schema";

const label = "text-sm font-medium text-slate-800";

/** A GET form: filters live in the URL, so a filtered view can be shared and works without JavaScript. */
export function AuditFilters({ filter, kinds }: { filter: AuditFilter; kinds: string[] }) {
  return (
    <form
      method="get"
      action="/admin/audit"
      className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <div className="flex flex-col gap-1.5">
        <label htmlFor="audit-actor" className={label}>
          Actor email
        </label>
        <Input
          id="audit-actor"
          name="actor"
          type="search"
          defaultValue={filter.actor}
          maxLength={254}
          placeholder="e.g. admin@"
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="audit-kind" className={label}>
          Kind
        </label>
        <Select id="audit-kind" name="kind" defaultValue={filter.kind ?? ""}>
          <option value="">All kinds</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="audit-from" className={label}>
          From
        </label>
        <Input id="audit-from" name="from" type="date" defaultValue={filter.from} />
      </div>
      <div className="flex flex-col gap-1.5">
        <label htmlFor="audit-to" className={label}>
          To
        </label>
        <Input id="audit-to" name="to" type="date" defaultValue={filter.to} />
      </div>
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <ButtonLink href="/admin/audit" variant="ghost">
          Clear
        </ButtonLink>
      </div>
    </form>
  );
}
