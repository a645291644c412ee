import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { QueueList } from "@/components/reviews/queue-list";
import { QueueTabs } from "@/components/reviews/queue-tabs";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getReviewQueue } from "@/lib/reviews/queries";
import { queueParamsSchema, type QueueView } from "@/lib/reviews/schema";
import { plural } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const EMPTY: Record<QueueView, { title: string; description: string; next?: { href: string; label: string } }> = {
  mine: {
    title: "Nothing is waiting for your review",
    description:
      "When one of your mentees submits a deliverable or a portfolio project, it appears here, oldest first.",
    next: { href: "/mentor", label: "See your mentees" },
  },
  attention: {
    title: "No work needs an admin",
    description: "Work from learners without a mentor, and anything past its review window, appears here.",
    next: { href: "/mentor/reviews?view=all", label: "See all waiting work" },
  },
  all: {
    title: "Nothing is waiting for review",
    description: "Every submitted deliverable and project has a decision.",
  },
};

/** The review queue: mentors see their mentees' work; admins what needs them, or everything. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireRoleOrForbidden(["MENTOR", "ADMIN"], "/mentor/reviews");
  const raw = await searchParams;
  const params = queueParamsSchema.parse({ view: first(raw.view), page: first(raw.page) });
  const now = new Date();
  const queue = await getReviewQueue(user, { view: params.view, page: params.page, now });
  const empty = EMPTY[queue.view];
  const hrefFor = (page: number) =>
    `/mentor/reviews?${new URLSearchParams({ ...(queue.counts ? { view: queue.view } : {}), page: String(page) })}`;

  return (
    <>
      <PageHeader
        title="Review queue"
        description={
          user.role === "ADMIN"
            ? "Work from learners without a mentor, and anything waiting longer than its guide's review window, needs an admin."
            : "Your mentees' submitted work, oldest first. Work waiting longer than the guide's review window is flagged Overdue and shows in every admin's queue too."
        }
      />
      {queue.counts ? <QueueTabs current={queue.view} counts={queue.counts} /> : null}
      {queue.items.length === 0 ? (
        <EmptyState
          title={empty.title}
          description={empty.description}
          action={
            empty.next ? (
              <ButtonLink href={empty.next.href} variant="secondary">
                {empty.next.label}
              </ButtonLink>
            ) : undefined
          }
        />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600" aria-live="polite">
            {plural(queue.total, "item")} waiting, oldest first.
          </p>
          <QueueList items={queue.items} now={now} timeZone={user.timeZone} showMentorState={user.role === "ADMIN"} />
          <Pagination page={queue.page} pageCount={queue.pageCount} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}
