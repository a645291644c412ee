import type { Metadata } from "next";
import { PagedList } from "@/components/ui/paged-list";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditList } from "@/components/audit/audit-list";
import { PageHeader } from "@/components/ui/page-header";
import { auditKinds, listAuditEntries } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import type { SearchParams } from "@/lib/ui/search-params";

export const metadata: Metadata = { title: "Audit log" };

/** Read-only by design: the trail has no edit or delete anywhere, and the database refuses both. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireRoleOrForbidden(["ADMIN"], "/admin/audit");
  const filter = auditFilterSchema.parse(await searchParams);
  const [result, kinds] = await Promise.all([listAuditEntries(filter, admin.timeZone), auditKinds()]);
  const kindOptions = filter.kind && !kinds.includes(filter.kind) ? [...kinds, filter.kind] : kinds;
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Audit log"
        description={`Every curriculum change, role change, assignment, review decision and account deletion: who, when, and what changed. Times are in ${admin.timeZone}.`}
      />
      <AuditFilters filter={filter} kinds={kindOptions} />
      <PagedList
        rowCount={result.entries.length}
        paging={result}
        path="/admin/audit"
        filters={{ actor: filter.actor, kind: filter.kind, from: filter.from, to: filter.to }}
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
