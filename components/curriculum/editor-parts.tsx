import Link from "next/link";
import type { ReactNode } from "react";
import { RemoveButton, RestoreButton } from "@/components/curriculum/item-buttons";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { OrderedPartKey as CurriculumEntity } from "@/lib/curriculum/parts";
import { editorHref } from "@/lib/curriculum/href";
import type { RemovalDecision } from "@/lib/curriculum/rules";

/** Server-rendered building blocks shared by the editor's pages. */

export function EditorHeader({
  title,
  description,
  guideTitle,
  guideSlug,
  back = { href: editorHref("/admin/curriculum", guideSlug), label: "Curriculum" },
}: {
  title: string;
  description?: ReactNode;
  guideTitle: string;
  /** The guide being edited: the default back link keeps it. */
  guideSlug: string;
  back?: { href: string; label: string };
}) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-3 text-sm">
        <ol className="flex flex-wrap items-center gap-1 text-slate-600">
          <li>
            <Link href="/admin" className="rounded hover:text-slate-900 hover:underline">
              Admin
            </Link>
          </li>
          <li aria-hidden="true">/</li>
          <li>
            <Link href={back.href} className="rounded hover:text-slate-900 hover:underline">
              {back.label}
            </Link>
          </li>
        </ol>
      </nav>
      <PageHeader eyebrow={`${guideTitle} · curriculum`} title={title} description={description} />
    </>
  );
}

/**
 * One item of an editable list: its title and facts, an "Edit" disclosure holding its form
 * (a native <details>, so it opens with the keyboard and needs no script), and Archive/Delete.
 */
export function EditableItem({
  title,
  meta,
  edit,
  removal,
}: {
  title: ReactNode;
  meta?: ReactNode;
  edit: ReactNode;
  removal?: { entity: CurriculumEntity; id: string; label: string; kind: RemovalDecision["kind"]; refusal?: string };
}) {
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div data-testid="item-title" className="min-w-0 font-medium break-words text-slate-900">
        {title}
      </div>
      {meta ? <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">{meta}</div> : null}
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <details className="group w-full min-w-0 sm:w-auto sm:flex-1">
          <summary className="inline-flex cursor-pointer items-center rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
            <span className="group-open:hidden">Edit</span>
            <span className="hidden group-open:inline">Close editor</span>
          </summary>
          <div className="mt-3 rounded-md border border-slate-200 bg-slate-50 p-4">{edit}</div>
        </details>
        {removal ? (
          removal.kind === "refuse" ? (
            <p className="text-sm text-slate-600">{removal.refusal}</p>
          ) : (
            <RemoveButton entity={removal.entity} id={removal.id} label={removal.label} mode={removal.kind} />
          )
        ) : null}
      </div>
    </div>
  );
}

/** Archived items, apart from the active list: still in learners' history, out of new choices. */
export function ArchivedSection({
  entity,
  items,
  noun,
}: {
  entity: CurriculumEntity;
  items: ReadonlyArray<{ id: string; label: string; meta?: ReactNode }>;
  noun: string;
}) {
  if (items.length === 0) return null;
  const headingId = `archived-${entity}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        Archived {noun} ({items.length})
      </h2>
      <p className="text-sm text-slate-600">
        Learners who used these still see them in their history; they are no longer offered for new work.
      </p>
      <ul className="flex flex-col gap-2">
        {items.map((item) => (
          <li
            key={item.id}
            className="flex flex-col gap-2 rounded-lg border border-dashed border-slate-300 bg-slate-50 p-3 sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="min-w-0">
              <p className="break-words text-slate-800">{item.label}</p>
              {item.meta ? <p className="text-sm text-slate-600">{item.meta}</p> : null}
            </div>
            <RestoreButton entity={entity} id={item.id} label={item.label} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function AddCard({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      {children}
    </Card>
  );
}

export function SectionHeading({
  id,
  children,
  description,
}: {
  id: string;
  children: ReactNode;
  description?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {children}
      </h2>
      {description ? <p className="text-sm text-slate-600">{description}</p> : null}
    </div>
  );
}
