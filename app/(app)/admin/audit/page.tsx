import type { Metadata } from "next";
import { Pagination, hrefWith } from "@/components/ui/pagination";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditList } from "@/components/audit/audit-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { auditKinds, listAuditEntries } from "@/lib/audit/queries";
import { auditFilterSchema } from "@/lib/audit/schema";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Audit log" };

/** Read-only by design: the trail has no edit or delete anywhere, and the database refuses both. */
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireRoleOrForbidden(["ADMIN"], "/admin/audit");
  const filter = auditFilterSchema.parse(await searchParams);
  const [result, kinds] = await Promise.all([listAuditEntries(filter, admin.timeZone), auditKinds()]);
  const filtered = Boolean(filter.actor || filter.kind || filter.from || filter.to);
  const kindOptions = filter.kind && !kinds.includes(filter.kind) ? [...kinds, filter.kind] : kinds;
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Audit log"
        description={`Every curriculum change, role change, assignment, review decision and account deletion: who, when, and what changed. Times are in ${admin.timeZone}.`}
      />
      <AuditFilters filter={filter} kinds={kindOptions} />
      {result.entries.length === 0 ? (
        <EmptyState
          title={
            result.total > 0
              ? "This page is past the end"
              : filtered
                ? "No entries match these filters"
                : "Nothing recorded yet"
          }
          description={
            result.total > 0
              ? undefined
              : filtered
                ? "Widen the date range or clear a filter."
                : "Changes made by admins and mentors will appear here."
          }
          action={
            result.total > 0 ? (
              <ButtonLink
                href={hrefWith("/admin/audit", {
                  actor: filter.actor,
                  kind: filter.kind,
                  from: filter.from,
                  to: filter.to,
                })}
                variant="secondary"
              >
                Back to the newest entries
              </ButtonLink>
            ) : undefined
          }
        />
      ) : (
        <AuditList entries={result.entries} timeZone={admin.timeZone} />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        noun={result.total === 1 ? "entry" : "entries"}
        hrefFor={(page) =>
          hrefWith("/admin/audit", {
            actor: filter.actor,
            kind: filter.kind,
            from: filter.from,
            to: filter.to,
            page: page === 1 ? undefined : page,
          })
        }
      />
    </>
  );
}
