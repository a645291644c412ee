import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { CsvFormatHelp } from "@/components/hours/csv-format-help";
import { CsvImportForm } from "@/components/hours/csv-import-form";
import { HoursExportLink } from "@/components/hours/export-link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireLearnerOrRedirectHome } from "@/lib/auth/page-guards";
import { getHoursCatalog, listImportRules } from "@/lib/hours/queries";

export const metadata: Metadata = { title: "Import past entries" };

/**
 * The CSV import, on its own page: an occasional task whose form, rules and format help used to
 * weigh down /hours, the page learners open every day: without them its document fits TCP's first
 * round trip (docs/performance.md, "Browser speed, December 2026 session 6"). Learners only.
 */
export default async function HoursImportPage() {
  const user = await requireLearnerOrRedirectHome("/hours/import");
  const [catalog, rules] = await Promise.all([getHoursCatalog(user.id), listImportRules(user.id)]);

  return (
    <>
      <PageHeader
        title="Import past entries"
        description={
          <p>
            Bring in sessions you tracked elsewhere: a Toggl Track or Clockify detailed report, a spreadsheet export, or
            a file Skilltrail exported. <HoursExportLink />
          </p>
        }
        actions={
          <ButtonLink href="/hours" variant="secondary">
            Back to hours
          </ButtonLink>
        }
      />
      <Card>
        <details className="group mb-4 rounded-md border border-slate-200 px-4 py-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-900">
            File format, phases and sub-skills
          </summary>
          <div className="mt-3">
            <CsvFormatHelp phases={catalog.phases} subSkills={catalog.subSkills} />
          </div>
        </details>
        <CsvImportForm initialKey={randomUUID()} phases={catalog.phases} subSkills={catalog.subSkills} rules={rules} />
      </Card>
    </>
  );
}
