import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/**
 * A long guide section folded into a native disclosure (<details>: keyboard and screen readers
 * for free), so the pages that carry it stay scannable. Renders nothing for an empty section.
 */
export function HelpDisclosure({
  title,
  count,
  children,
  open = false,
  testId,
  className,
}: {
  title: string;
  count: number;
  children: ReactNode;
  open?: boolean;
  testId?: string;
  className?: string;
}) {
  if (count === 0) return null;
  return (
    <details open={open} className={cn("rounded-lg border border-slate-200 bg-white", className)} data-testid={testId}>
      <summary className="cursor-pointer px-4 py-3 text-sm font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-600">({count})</span>
      </summary>
      <div className="px-4 pb-4">{children}</div>
    </details>
  );
}

/** A plain list of tips (learning, portfolio, ATS). */
export function TipList({ items, className }: { items: readonly string[]; className?: string }) {
  return (
    <ul className={cn("list-disc space-y-1.5 pl-5 text-sm break-words text-slate-700", className)}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** The guide's FAQ as question and answer pairs. */
export function FaqList({ faqs }: { faqs: ReadonlyArray<{ id: string; question: string; answer: string }> }) {
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {faqs.map((faq) => (
        <div key={faq.id}>
          <dt className="font-medium break-words text-slate-900">{faq.question}</dt>
          <dd className="mt-1 break-words text-slate-700">{faq.answer}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Learning tips and the FAQ, where a learner starts and on each phase. */
export function LearningHelp({
  tips,
  faqs,
  open = false,
}: {
  tips: readonly string[];
  faqs: ReadonlyArray<{ id: string; question: string; answer: string }>;
  open?: boolean;
}) {
  if (tips.length === 0 && faqs.length === 0) return null;
  return (
    <div className="flex flex-col gap-3">
      <HelpDisclosure title="Learning tips" count={tips.length} open={open} testId="learning-tips">
        <TipList items={tips} />
      </HelpDisclosure>
      <HelpDisclosure title="Frequently asked questions" count={faqs.length} open={open} testId="faq">
        <FaqList faqs={faqs} />
      </HelpDisclosure>
    </div>
  );
}
