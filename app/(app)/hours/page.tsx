import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { TimeZoneNote } from "@/components/account/time-zone-note";
import { EntryList } from "@/components/hours/entry-list";
import { HoursExportLink } from "@/components/hours/export-link";
import { LogHoursForm } from "@/components/hours/log-hours-form";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerOrRedirectHome } from "@/lib/auth/page-guards";
import { getHoursCatalog, listTimeEntries } from "@/lib/hours/queries";
import { learnerToday } from "@/lib/hours/learner-day";
import { parseEntryFilters } from "@/lib/hours/schema";
import type { SearchParams } from "@/lib/ui/search-params";

export const metadata: Metadata = { title: "Hours" };

type HoursPageProps = { searchParams: Promise<SearchParams> };

/** Log time, browse and correct entries; import and export link out. Learners only: mentors read hours elsewhere. */
export default async function HoursPage({ searchParams }: HoursPageProps) {
  const user = await requireLearnerOrRedirectHome("/hours");
  const filters = parseEntryFilters(await searchParams);
  const [catalog, list] = await Promise.all([getHoursCatalog(user.id), listTimeEntries(user.id, filters)]);
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
          <ButtonLink href="/hours/report" variant="secondary">
            Printable report
          </ButtonLink>
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
            <CardTitle>Import and export</CardTitle>
            <CardDescription>
              Bring in sessions you tracked elsewhere (a Toggl Track or Clockify report, a spreadsheet), or take yours
              with you.
            </CardDescription>
          </CardHeader>
          <div className="flex flex-wrap items-center gap-x-4 gap-y-3">
            <ButtonLink href="/hours/import" variant="secondary">
              Import past entries
            </ButtonLink>
            <HoursExportLink />
          </div>
        </Card>
      </div>
    </>
  );
}
