import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { SubmissionStatusBadge } from "@/components/reviews/review-status-badge";
import type { PhaseDeliverable } from "@/lib/phases/queries";

/** The phase's deliverables with the learner's submission state, each linking to its page. */
export function PhaseDeliverables({ deliverables }: { deliverables: readonly PhaseDeliverable[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle id="deliverables-heading">Deliverables</CardTitle>
        <CardDescription>Work a reviewer approves. Approved deliverables complete the phase.</CardDescription>
      </CardHeader>
      {deliverables.length === 0 ? (
        <p className="text-sm text-slate-600">This phase has no deliverables.</p>
      ) : (
        <ul aria-labelledby="deliverables-heading" className="flex flex-col gap-3">
          {deliverables.map((d) => (
            <li
              key={d.id}
              className="relative rounded-md border border-slate-200 p-4 hover:border-brand-300 hover:bg-brand-50/40"
            >
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="min-w-0 flex-1 text-sm font-semibold text-slate-900">
                  {/* The whole card is the link's hit area; the heading text is its name. */}
                  <Link href={`/deliverables/${d.id}`} className="after:absolute after:inset-0 after:content-['']">
                    {d.title}
                  </Link>
                </h3>
                {d.archived ? <Badge>archived</Badge> : null}
                <SubmissionStatusBadge status={d.status} />
              </div>
              <p className="mt-1 line-clamp-2 text-sm text-slate-600">{d.description}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
