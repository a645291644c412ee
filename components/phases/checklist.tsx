import type { ChecklistEntry } from "@/lib/phases/queries";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ChecklistItem } from "./checklist-item";

/** A titled checklist (key topics, or recommended actions) with its done count. */
export function Checklist({
  title,
  description,
  items,
}: {
  title: string;
  description: string;
  items: readonly ChecklistEntry[];
}) {
  const active = items.filter((item) => !item.archived);
  const done = active.filter((item) => item.completed).length;
  const headingId = `${title.toLowerCase().replaceAll(/[^a-z]+/g, "-")}-heading`;
  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <CardTitle id={headingId}>{title}</CardTitle>
          <p className="text-sm text-slate-600 tabular-nums">
            {done} of {active.length} done
          </p>
        </div>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing here yet.</p>
      ) : (
        <ul aria-labelledby={headingId} className="divide-y divide-slate-100">
          {items.map((item) => (
            <ChecklistItem key={item.id} item={item} />
          ))}
        </ul>
      )}
    </Card>
  );
}
