"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { switchGuideAction } from "@/lib/enrolments/actions";
import { cn } from "@/lib/ui/cn";

/**
 * Picks the active guide among the learner's enrolments (the header's, and the catalogue's):
 * every tracker page then shows that guide's figures. A select and a button, so it works with
 * the keyboard and says what it will do before it does it.
 */
export function GuideSwitcher({
  guides,
  id,
  compact = false,
}: {
  guides: ReadonlyArray<{ guideId: string; title: string; active: boolean }>;
  /** Unique per page: the header's and the catalogue's switchers can both be on /guides. */
  id: string;
  compact?: boolean;
}) {
  const { state, pending, onSubmit } = useActionForm(switchGuideAction);
  const active = guides.find((g) => g.active)?.guideId;
  return (
    <form onSubmit={onSubmit} className={cn("flex flex-col gap-1", compact && "text-sm")}>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className={compact ? "sr-only" : "text-sm font-medium text-slate-800"}>
          Active guide
        </label>
        <Select id={id} name="guideId" defaultValue={active} className={compact ? "max-w-48 py-1 text-sm" : "max-w-xs"}>
          {guides.map((guide) => (
            <option key={guide.guideId} value={guide.guideId}>
              {guide.title}
            </option>
          ))}
        </Select>
        <Button type="submit" size="sm" variant="secondary" pending={pending}>
          Switch
        </Button>
      </div>
      <FormMessage state={state} className={compact ? "sr-only" : undefined} />
    </form>
  );
}
