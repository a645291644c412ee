import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a submission is for: a deliverable of the guide, or a portfolio project (one of the
 * guide's ideas or the learner's own). Every place that shows or announces a submission (the
 * review page, the queue, notifications) reads the work through this one select and resolver,
 * so a project goes through the same review workflow as a deliverable without copies of it.
 */

export const SUBMISSION_WORK_SELECT = {
  deliverable: {
    select: {
      id: true,
      title: true,
      description: true,
      phase: { select: { title: true, guide: { select: { id: true, reviewWindowDays: true } } } },
      subSkills: { orderBy: { subSkill: { position: "asc" } }, select: { subSkill: { select: { name: true } } } },
    },
  },
  projectProgress: {
    select: {
      id: true,
      title: true,
      description: true,
      stack: true,
      subSkills: { orderBy: { subSkill: { position: "asc" } }, select: { subSkill: { select: { name: true } } } },
      guide: { select: { id: true, reviewWindowDays: true } },
      project: {
        select: {
          title: true,
          description: true,
          guide: { select: { id: true, reviewWindowDays: true } },
          subSkills: { orderBy: { subSkill: { position: "asc" } }, select: { subSkill: { select: { name: true } } } },
        },
      },
    },
  },
} as const satisfies Prisma.SubmissionSelect;

type WorkRow = Prisma.SubmissionGetPayload<{ select: typeof SUBMISSION_WORK_SELECT }>;

export type SubmissionWork = {
  kind: "deliverable" | "project";
  /** The deliverable's or the project's id (ProjectProgress id for a project). */
  id: string;
  title: string;
  /** Where it belongs: the phase's title, or "Portfolio project". */
  context: string;
  /** What was asked for (a deliverable's text, a guide idea's description) or the learner's own description. */
  brief: string;
  /** The learner's own project's stack (empty otherwise). */
  stack: string[];
  subSkills: string[];
  reviewWindowDays: number;
  /** The guide it belongs to (whose project criteria score a project); null for a row that lost its guide. */
  guideId: string | null;
  /** Where the learner sees their work, its versions and the conversation. */
  learnerHref: string;
};

export const PROJECT_CONTEXT = "Portfolio project";
/** The default review window (Guide.reviewWindowDays' default), for a row that lost its guide. */
const DEFAULT_WINDOW_DAYS = 3;

export const learnerProjectHref = (progressId: string) => `/projects/${progressId}`;
export const learnerDeliverableHref = (deliverableId: string) => `/deliverables/${deliverableId}`;

const names = (rows: readonly { subSkill: { name: string } }[]) => rows.map((r) => r.subSkill.name);

/** The work a submission row is for; a CHECK guarantees exactly one of the two is set. */
export function resolveWork(row: WorkRow): SubmissionWork {
  if (row.deliverable) {
    const d = row.deliverable;
    return {
      kind: "deliverable",
      id: d.id,
      title: d.title,
      context: d.phase.title,
      brief: d.description,
      stack: [],
      subSkills: names(d.subSkills),
      reviewWindowDays: d.phase.guide.reviewWindowDays,
      guideId: d.phase.guide.id,
      learnerHref: learnerDeliverableHref(d.id),
    };
  }
  const p = row.projectProgress;
  if (!p) throw new Error("A submission is for a deliverable or a project");
  const idea = p.project;
  return {
    kind: "project",
    id: p.id,
    title: idea?.title ?? p.title ?? "Untitled project",
    context: PROJECT_CONTEXT,
    brief: idea ? idea.description : p.description,
    stack: p.stack,
    subSkills: names(idea ? idea.subSkills : p.subSkills),
    reviewWindowDays: (idea?.guide ?? p.guide)?.reviewWindowDays ?? DEFAULT_WINDOW_DAYS,
    guideId: (idea?.guide ?? p.guide)?.id ?? null,
    learnerHref: learnerProjectHref(p.id),
  };
}
