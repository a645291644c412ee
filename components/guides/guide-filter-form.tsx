import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";

/**
 * A GET form choosing a guide by slug (`?guide=`): the choice lives in the URL, so it can be
 * bookmarked and works without JavaScript. `anyLabel` adds an option for "every guide".
 */
export function GuideFilterForm({
  action,
  guides,
  current,
  label,
  anyLabel,
  submitLabel = "Show",
}: {
  action: string;
  guides: ReadonlyArray<{ slug: string; title: string; status?: string }>;
  current: string | undefined;
  label: string;
  anyLabel?: string;
  submitLabel?: string;
}) {
  return (
    <form method="get" action={action} className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end">
      <Field id="guide-filter" label={label} className="sm:w-96">
        {(control) => (
          <Select {...control} name="guide" defaultValue={current ?? ""}>
            {anyLabel ? <option value="">{anyLabel}</option> : null}
            {guides.map((guide) => (
              <option key={guide.slug} value={guide.slug}>
                {guide.title}
                {guide.status && guide.status !== "PUBLISHED" ? ` (${guide.status.toLowerCase()})` : ""}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {/* mb-1.5 matches the field's (empty) error line, so the button lines up with the select. */}
      <Button type="submit" variant="secondary" className="sm:mb-1.5">
        {submitLabel}
      </Button>
    </form>
  );
}
