import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { REPORT_PRESETS, presetOf, presetPeriod, reportHref, type ParsedReportPeriod } from "@/lib/hours/report-period";
import type { IsoDate } from "@/lib/progress/calendar";
import { cn } from "@/lib/ui/cn";

/**
 * The report's period as a plain GET form (the URL is the state: a report can be bookmarked and
 * works before JavaScript loads), with the presets as links. Errors come from the server's
 * validation of the URL (lib/hours/report-period.ts) and sit at their field.
 */
export function ReportPeriodForm({ parsed, today }: { parsed: ParsedReportPeriod; today: IsoDate }) {
  const current = parsed.ok ? presetOf(parsed.period, today) : undefined;
  const errors = parsed.ok ? {} : parsed.errors;
  return (
    <div className="flex flex-col gap-4" data-print-hidden>
      <nav aria-label="Report periods">
        <ul className="flex flex-wrap gap-2">
          {REPORT_PRESETS.map(({ key, label }) => (
            <li key={key}>
              <Link
                href={reportHref(presetPeriod(key, today))}
                aria-current={current === key ? "page" : undefined}
                className={cn(
                  "inline-flex rounded-full border px-3 py-1 text-sm font-medium",
                  current === key
                    ? "border-brand-700 bg-brand-700 text-white"
                    : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
                )}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        method="get"
        action="/hours/report"
        aria-label="Report period"
        noValidate
        className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start"
      >
        <Field label="From" errors={errors.from} required>
          {(control) => <Input {...control} name="from" type="date" max={today} defaultValue={parsed.values.from} />}
        </Field>
        <Field label="To" errors={errors.to} required>
          {(control) => <Input {...control} name="to" type="date" defaultValue={parsed.values.to} />}
        </Field>
        {/* mt-7 lines the button up with the inputs, under their labels. */}
        <Button type="submit" variant="secondary" className="sm:mt-7">
          Show report
        </Button>
      </form>
    </div>
  );
}
