import type { ReactNode } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/ui/cn";

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

/** One item's page (a phase, a deliverable, a submission, an account): back link, header, main column and aside. */
export function DetailPageSkeleton({ label }: SkeletonProps) {
  return (
    <Busy label={label}>
      <HeaderSkeleton back />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          {repeat(2, (i) => (
            <div key={i} className={card}>
              <Skeleton className="h-5 w-40" />
              {repeat(4, (row) => (
                <Skeleton key={row} className="h-4 w-full" />
              ))}
            </div>
          ))}
        </div>
        <div className={card}>
          <Skeleton className="h-5 w-16" />
          <Skeleton className="h-2.5 w-full rounded-full" />
          <Skeleton className="h-4 w-5/6" />
        </div>
      </div>
    </Busy>
  );
}

/** The dashboard's grid, so nothing jumps when it lands. */
export function DashboardSkeleton({ label }: SkeletonProps) {
  const wide = [true, false, true, false, true, false];
  return (
    <Busy label={label}>
      <HeaderSkeleton />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        {wide.map((isWide, i) => (
          <div key={i} className={cn(card, isWide && "lg:col-span-2")}>
            <Skeleton className="h-5 w-1/3" />
            {repeat(4, (row) => (
              <Skeleton key={row} className="h-4 w-full" />
            ))}
            <Skeleton className="h-2.5 w-full rounded-full" />
          </div>
        ))}
        <div className={cn(card, "lg:col-span-3")}>
          <Skeleton className="h-5 w-1/4" />
          <Skeleton className="h-28 w-full max-w-4xl" />
        </div>
      </div>
    </Busy>
  );
}

/** A form above a list (the hours page): header, the form's fields and button, then rows. */
export function FormPageSkeleton({ label }: SkeletonProps) {
  return (
    <Busy label={label}>
      <HeaderSkeleton />
      <div className="flex flex-col gap-10">
        <div className={card}>
          <Skeleton className="h-6 w-28" />
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {repeat(4, (i) => (
              <Skeleton key={i} className="h-16 w-full" />
            ))}
          </div>
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-10 w-28" />
        </div>
        <div className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white px-5">
          {repeat(5, (i) => (
            <div key={i} className="flex flex-col gap-2 py-4">
              <Skeleton className="h-5 w-48" />
              <Skeleton className="h-4 w-64 max-w-full" />
            </div>
          ))}
        </div>
      </div>
    </Busy>
  );
}
