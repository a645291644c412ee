import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { redirect } from "next/navigation";
import { TimeZoneNote } from "@/components/account/time-zone-note";
import { CsvFormatHelp } from "@/components/hours/csv-format-help";
import { CsvImportForm } from "@/components/hours/csv-import-form";
import { EntryList } from "@/components/hours/entry-list";
import { LogHoursForm } from "@/components/hours/log-hours-form";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { homePathFor } from "@/lib/auth/navigation";
import { requireUserOrRedirect } from "@/lib/auth/page-guards";
import { getHoursCatalog, listImportRules, listTimeEntries } from "@/lib/hours/queries";
import { learnerToday } from "@/lib/hours/learner-day";
import { parseEntryFilters } from "@/lib/hours/schema";
import type { SearchParams } from "@/lib/ui/search-params";

export const metadata: Metadata = { title: "Hours" };

type HoursPageProps = { searchParams: Promise<SearchParams> };

/** Log time, browse and correct entries, import past ones. Learners only: mentors read hours elsewhere. */
export default async function HoursPage({ searchParams }: HoursPageProps) {
  const user = await requireUserOrRedirect("/hours");
  if (user.role !== "LEARNER") redirect(homePathFor(user.role));
  const filters = parseEntryFilters(await searchParams);
  const [catalog, list, rules] = await Promise.all([
    getHoursCatalog(user.id),
    listTimeEntries(user.id, filters),
    listImportRules(user.id),
  ]);
  const today = learnerToday(user.timeZone, new Date());

  return (
    <>
      <PageHeader
        title="Hours"
        description={
          <>
            <p>Log what you studied, by phase and sub-skill.</p>
            <TimeZoneNote timeZone={user.timeZone} />
          </>
        }
        actions={
          <Link href="/hours/report" className={buttonClasses({ variant: "secondary" })}>
            Printable report
          </Link>
        }
      />
      <div className="flex flex-col gap-10">
        <Card>
          <CardHeader>
            <CardTitle>Log time</CardTitle>
          </CardHeader>
          <LogHoursForm
            phases={catalog.phases}
            subSkills={catalog.subSkills}
            today={today}
            defaultPhaseId={catalog.defaultPhaseId ?? ""}
            initialKey={randomUUID()}
          />
        </Card>
        {/* Below a phone's fold: laid out only when scrolled near (globals.css). */}
        <div className="render-when-visible">
          <EntryList
            list={list}
            filters={filters}
            phases={catalog.phases}
            subSkills={catalog.subSkills}
            today={today}
          />
        </div>
        <Card className="render-when-visible">
          <CardHeader>
            <CardTitle>Import past entries</CardTitle>
            <CardDescription>
              Bring in sessions you tracked elsewhere: a Toggl Track or Clockify detailed report, a spreadsheet export,
              or a file this page exported.{" "}
              <a href="/api/hours/export" download className="font-medium text-slate-900 underline underline-offset-2">
                Export your hours as CSV
              </a>
            </CardDescription>
          </CardHeader>
          <details className="group mb-4 rounded-md border border-slate-200 px-4 py-3">
            <summary className="cursor-pointer text-sm font-medium text-slate-900">
              File format, phases and sub-skills
            </summary>
            <div className="mt-3">
              <CsvFormatHelp phases={catalog.phases} subSkills={catalog.subSkills} />
            </div>
          </details>
          <CsvImportForm
            initialKey={randomUUID()}
            phases={catalog.phases}
            subSkills={catalog.subSkills}
            rules={rules}
          />
        </Card>
      </div>
    </>
  );
}
