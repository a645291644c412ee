import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Pagination, hrefWith } from "@/components/ui/pagination";
import type { getOwnProjects } from "@/lib/projects/queries";
import { PROJECT_STATUS_LABELS } from "@/lib/projects/rules";
import { PROJECT_STATUS_TONES } from "./project-panel";

type OwnProjects = Awaited<ReturnType<typeof getOwnProjects>>;

/** The learner's own projects, newest first, each linking to its page (details, submit, reviews). */
export function OwnProjectList({ projects }: { projects: OwnProjects }) {
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-3" aria-label="Your own projects">
        {projects.items.map((p) => (
          <li
            key={p.id}
            data-testid="own-project"
            className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between"
          >
            <div className="flex min-w-0 flex-col gap-1">
              <Link
                href={`/projects/${p.id}`}
                className="font-semibold break-words text-slate-900 underline-offset-2 hover:underline"
              >
                {p.title}
              </Link>
              {p.stack.length > 0 ? (
                <p className="truncate text-sm text-slate-600" title={p.stack.join(", ")}>
                  {p.stack.join(", ")}
                </p>
              ) : null}
            </div>
            <Badge tone={PROJECT_STATUS_TONES[p.status]} className="self-start sm:self-center">
              {PROJECT_STATUS_LABELS[p.status]}
            </Badge>
          </li>
        ))}
      </ul>
      <Pagination
        page={projects.page}
        pageCount={projects.pageCount}
        hrefFor={(page) => hrefWith("/projects", { page: page > 1 ? page : undefined })}
      />
    </div>
  );
}
