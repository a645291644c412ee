import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** Every guide with its download link: the JSON file an import reads back. */
export function GuideExportList({ guides }: { guides: Array<{ slug: string; title: string }> }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Export</CardTitle>
        <CardDescription>Download a guide&apos;s active items as JSON in the guide format.</CardDescription>
      </CardHeader>
      <div>
        {guides.length === 0 ? (
          <EmptyState title="No guides yet" description="Import one above; it can be exported here once saved." />
        ) : (
          <ul className="flex flex-col gap-2">
            {guides.map((g) => (
              <li key={g.slug} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span className="text-slate-800">
                  {g.title} <span className="text-slate-600">({g.slug})</span>
                </span>
                <a
                  href={`/api/admin/guides/${g.slug}/export`}
                  download
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  Download {g.title} as JSON
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
