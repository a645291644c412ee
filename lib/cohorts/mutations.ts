import "server-only";
import { ActionError } from "@/lib/actions/result";
import { auditDiff, recordAudit, type AuditActor } from "@/lib/audit/record";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/enrollment";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate, toDbDate } from "@/lib/progress/calendar";
import {
  ALREADY_COHORT_MENTOR_MESSAGE,
  ALREADY_MEMBER_MESSAGE,
  COHORT_GUIDE_MESSAGE,
  COHORT_MENTOR_ROLE_MESSAGE,
  COHORT_NOT_FOUND_MESSAGE,
  DUPLICATE_COHORT_MESSAGE,
  MEMBER_ROLE_MESSAGE,
  NOT_MEMBER_MESSAGE,
  NO_ACCOUNT_MESSAGE,
} from "./schema";

type Tx = Prisma.TransactionClient;

/**
 * Prisma's defaults (2 s to get a connection, 5 s to finish) are tight on a busy machine, and
 * these transactions may queue behind another admin's row locks; waiting a little longer beats
 * a spurious "try again" on a rare admin action.
 */
const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
type Actor = NonNullable<AuditActor>;
type CohortInput = { name: string; startDate: string };

const duplicateName = () => new ActionError(DUPLICATE_COHORT_MESSAGE, { name: [DUPLICATE_COHORT_MESSAGE] });

/** The unique (guideId, name) index is the real check; its violation becomes a field error. */
async function refusingDuplicateName<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicateName();
    throw error;
  }
}

/** A cohort follows one guide (the default one unless `guideId` names another that is not archived). */
export async function createCohort(
  actor: Actor,
  input: CohortInput & { guideId?: string | null },
): Promise<{ id: string }> {
  return refusingDuplicateName(() =>
    db().$transaction(async (tx) => {
      const guide = await tx.guide.findFirst({
        where: input.guideId ? { id: input.guideId, status: { not: "ARCHIVED" } } : { slug: DEFAULT_GUIDE_SLUG },
        select: { id: true },
      });
      if (!guide) throw new ActionError(COHORT_GUIDE_MESSAGE, { guideId: [COHORT_GUIDE_MESSAGE] });
      const cohort = await tx.cohort.create({
        data: { guideId: guide.id, name: input.name, startDate: toDbDate(input.startDate) },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: "cohort.created",
        entityType: "Cohort",
        entityId: cohort.id,
        after: { ...input },
      });
      return cohort;
    }, TX_OPTIONS),
  );
}

export async function updateCohort(
  actor: Actor,
  { cohortId, ...input }: CohortInput & { cohortId: string },
): Promise<{ changed: boolean }> {
  return refusingDuplicateName(() =>
    db().$transaction(async (tx) => {
      const current = await tx.cohort.findUnique({ where: { id: cohortId }, select: { name: true, startDate: true } });
      if (!current) throw new ActionError(COHORT_NOT_FOUND_MESSAGE);
      const diff = auditDiff({ name: current.name, startDate: fromDbDate(current.startDate) }, input);
      if (Object.keys(diff.after as object).length === 0) return { changed: false };
      await tx.cohort.update({
        where: { id: cohortId },
        data: { name: input.name, startDate: toDbDate(input.startDate) },
      });
      await recordAudit(tx, { actor, action: "cohort.updated", entityType: "Cohort", entityId: cohortId, ...diff });
      return { changed: true };
    }, TX_OPTIONS),
  );
}

/** The cohort (locked against a concurrent change) and the account with that email. */
async function cohortAndPerson(tx: Tx, cohortId: string, email: string) {
  const [cohort] = await tx.$queryRaw<
    Array<{ id: string; name: string }>
  >`SELECT id, name FROM "Cohort" WHERE id = ${cohortId} FOR SHARE`;
  if (!cohort) throw new ActionError(COHORT_NOT_FOUND_MESSAGE);
  const person = await tx.user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, deactivatedAt: true },
  });
  if (!person) throw new ActionError(NO_ACCOUNT_MESSAGE, { email: [NO_ACCOUNT_MESSAGE] });
  return { cohort, person };
}

export async function addCohortMember(
  actor: Actor,
  { cohortId, email }: { cohortId: string; email: string },
): Promise<{ learnerId: string }> {
  return db().$transaction(async (tx) => {
    const { cohort, person } = await cohortAndPerson(tx, cohortId, email);
    if (person.role !== "LEARNER") throw new ActionError(MEMBER_ROLE_MESSAGE, { email: [MEMBER_ROLE_MESSAGE] });
    const added = await tx.cohortMember.createMany({
      data: [{ cohortId, learnerId: person.id }],
      skipDuplicates: true,
    });
    if (added.count === 0) throw new ActionError(ALREADY_MEMBER_MESSAGE, { email: [ALREADY_MEMBER_MESSAGE] });
    await recordAudit(tx, {
      actor,
      action: "cohort.member-added",
      entityType: "Cohort",
      entityId: cohortId,
      before: { cohort: cohort.name, member: null },
      after: { cohort: cohort.name, member: person.email },
    });
    return { learnerId: person.id };
  }, TX_OPTIONS);
}

export async function addCohortMentor(
  actor: Actor,
  { cohortId, email }: { cohortId: string; email: string },
): Promise<{ mentorId: string }> {
  return db().$transaction(async (tx) => {
    const { cohort, person } = await cohortAndPerson(tx, cohortId, email);
    if ((person.role !== "MENTOR" && person.role !== "ADMIN") || person.deactivatedAt) {
      throw new ActionError(COHORT_MENTOR_ROLE_MESSAGE, { email: [COHORT_MENTOR_ROLE_MESSAGE] });
    }
    const added = await tx.cohortMentor.createMany({ data: [{ cohortId, mentorId: person.id }], skipDuplicates: true });
    if (added.count === 0)
      throw new ActionError(ALREADY_COHORT_MENTOR_MESSAGE, { email: [ALREADY_COHORT_MENTOR_MESSAGE] });
    await recordAudit(tx, {
      actor,
      action: "cohort.mentor-added",
      entityType: "Cohort",
      entityId: cohortId,
      before: { cohort: cohort.name, mentor: null },
      after: { cohort: cohort.name, mentor: person.email },
    });
    return { mentorId: person.id };
  }, TX_OPTIONS);
}

export async function removeCohortMember(
  actor: Actor,
  { cohortId, learnerId }: { cohortId: string; learnerId: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    const member = await tx.cohortMember.findUnique({
      where: { cohortId_learnerId: { cohortId, learnerId } },
      select: { cohort: { select: { name: true } }, learner: { select: { email: true } } },
    });
    const deleted = await tx.cohortMember.deleteMany({ where: { cohortId, learnerId } });
    if (!member || deleted.count === 0) throw new ActionError(NOT_MEMBER_MESSAGE);
    await recordAudit(tx, {
      actor,
      action: "cohort.member-removed",
      entityType: "Cohort",
      entityId: cohortId,
      before: { cohort: member.cohort.name, member: member.learner.email },
      after: { cohort: member.cohort.name, member: null },
    });
  }, TX_OPTIONS);
}

export async function removeCohortMentor(
  actor: Actor,
  { cohortId, mentorId }: { cohortId: string; mentorId: string },
): Promise<void> {
  await db().$transaction(async (tx) => {
    const row = await tx.cohortMentor.findUnique({
      where: { cohortId_mentorId: { cohortId, mentorId } },
      select: { cohort: { select: { name: true } }, mentor: { select: { email: true } } },
    });
    const deleted = await tx.cohortMentor.deleteMany({ where: { cohortId, mentorId } });
    if (!row || deleted.count === 0) throw new ActionError(NOT_MEMBER_MESSAGE);
    await recordAudit(tx, {
      actor,
      action: "cohort.mentor-removed",
      entityType: "Cohort",
      entityId: cohortId,
      before: { cohort: row.cohort.name, mentor: row.mentor.email },
      after: { cohort: row.cohort.name, mentor: null },
    });
  }, TX_OPTIONS);
}
