import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * The placeholders every loading.tsx shows while its page's queries run: a handful of page
 * shapes, each announced once to screen readers as its `label` ("Loading your hours…") by a
 * polite status region, while the grey blocks themselves stay hidden from them.
 */

type SkeletonProps = { label: string };

const card = "flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-5";
const repeat = (count: number, render: (i: number) => ReactNode) => Array.from({ length: count }, (_, i) => render(i));

function Busy({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

/** Eyebrow, title and description, as PageHeader lays them out; `back` adds the "← All …" link above. */
function HeaderSkeleton({ back = false }: { back?: boolean }) {
  return (
    <>
      {back ? <Skeleton className="mb-4 h-4 w-28" /> : null}
      <div className="mb-8 flex flex-col gap-3">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-8 w-2/3 max-w-md" />
        <Skeleton className="h-4 w-full max-w-xl" />
      </div>
    </>
  );
}

/** A list page (admin users, audit, cohorts, reviews, notifications): header, filter bar, rows. */
export function ListPageSkeleton({ label }: SkeletonProps) {
  return (
    <Busy label={label}>
      <HeaderSkeleton />
      <Skeleton className="mb-6 h-10 w-full" />
      <div className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        {repeat(8, (i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    </Busy>
  );
}

/** A page of cards (phases, projects, quiz, self-assessment): header, three cards of text and a bar. */
export function CardsPageSkeleton({ label }: SkeletonProps) {
  return (
    <Busy label={label}>
      <HeaderSkeleton />
      <div className="flex flex-col gap-4">
        {repeat(3, (i) => (
          <div key={i} className={card}>
            <Skeleton className="h-6 w-2/3" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
            <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
              <Skeleton className="h-2.5 w-full rounded-full" />
              <Skeleton className="h-8 w-20" />
              <Skeleton className="h-8 w-24" />
            </div>
          </div>
        ))}
      </div>
    </Busy>
  );
}
