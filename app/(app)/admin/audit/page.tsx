import type { Metadata } from "next";
import { PagedList } from "@/components/ui/paged-list";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditList } from "@/components/audit/audit-list";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { hrefWith } from "@/components/ui/pagination";
import { auditActors, auditKinds, listAuditEntries } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import type { SearchParams } from "@/lib/ui/search-params";

export const metadata: Metadata = { title: "Audit log" };

/** Read-only by design: the trail has no edit or delete anywhere, and the database refuses both. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireRoleOrForbidden(["ADMIN"], "/admin/audit");
  const filter = auditFilterSchema.parse(await searchParams);
  const [result, kinds, actors] = await Promise.all([
    listAuditEntries(filter, admin.timeZone),
    auditKinds(),
    auditActors(),
  ]);
  const kindOptions = filter.kind && !kinds.includes(filter.kind) ? [...kinds, filter.kind] : kinds;
  const filters = { actor: filter.actor, kind: filter.kind, from: filter.from, to: filter.to };
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Audit log"
        description={`Every curriculum change, role change, assignment, invitation, review decision and account deletion: who, when, and what changed, with names as they were at the time. Times are in ${admin.timeZone}.`}
        actions={
          result.total > 0 ? (
            <a
              href={hrefWith("/api/admin/audit/export", filters)}
              download
              className={buttonClasses({ variant: "secondary" })}
            >
              Download CSV
            </a>
          ) : null
        }
      />
      <AuditFilters filter={filter} kinds={kindOptions} actors={actors} />
      <PagedList
        rowCount={result.entries.length}
        paging={result}
        path="/admin/audit"
        filters={filters}
        nouns={["entry", "entries"]}
        none={{ title: "Nothing recorded yet", description: "Changes made by admins and mentors will appear here." }}
        noMatch={{ title: "No entries match these filters", description: "Widen the date range or clear a filter." }}
        backLabel="Back to the newest entries"
      >
        <AuditList entries={result.entries} timeZone={admin.timeZone} />
      </PagedList>
    </>
  );
}
