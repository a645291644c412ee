import "server-only";
import { ActionError } from "@/lib/actions/result";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/default-guide";
import { publishProblems, transition, type GuideTransition } from "./rules";
import { DUPLICATE_SLUG_MESSAGE, GUIDE_NOT_FOUND_MESSAGE, type CreateGuideInput } from "./schema";

type Actor = NonNullable<AuditActor>;
const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;
const AUDIT_ACTIONS: Record<GuideTransition, string> = {
  publish: "guide.published",
  unpublish: "guide.unpublished",
  archive: "guide.archived",
};

/** A new guide is a DRAFT (the column's default): the curriculum editor fills it before it is published. */
export async function createGuide(actor: Actor, input: CreateGuideInput): Promise<{ id: string; slug: string }> {
  try {
    return await db().$transaction(async (tx) => {
      const guide = await tx.guide.create({
        data: { ...input, keyCharacteristics: [] },
        select: { id: true, slug: true },
      });
      await recordAudit(tx, { actor, action: "guide.created", entityType: "Guide", entityId: guide.id, after: input });
      return guide;
    }, TX_OPTIONS);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ActionError(DUPLICATE_SLUG_MESSAGE, { slug: [DUPLICATE_SLUG_MESSAGE] });
    throw error;
  }
}

/**
 * Publish, unpublish or archive. The guide row is locked for the transaction (FOR UPDATE), so
 * an enrolment checking the status (FOR SHARE, lib/guides/mutations.ts) waits and sees the new
 * one: no learner enrols in a guide in the instant it is archived. Publishing checks the
 * curriculum as it is inside the same transaction. Learner records are never touched.
 */
export async function changeGuideStatus(
  actor: Actor,
  guideId: string,
  action: GuideTransition,
): Promise<{ title: string }> {
  return db().$transaction(async (tx) => {
    const [guide] = await tx.$queryRaw<
      Array<{ slug: string; title: string; status: "DRAFT" | "PUBLISHED" | "ARCHIVED" }>
    >`
      SELECT slug, title, status::text AS status FROM "Guide" WHERE id = ${guideId} FOR UPDATE`;
    if (!guide) throw new ActionError(GUIDE_NOT_FOUND_MESSAGE);
    const next = transition(guide.status, action);
    if (!next.ok) throw new ActionError(next.message);
    if (action !== "publish" && guide.slug === DEFAULT_GUIDE_SLUG)
      throw new ActionError("This is the guide new learners start on: it stays published.");
    if (action === "publish") {
      const problems = publishProblems(await completeness(tx, guideId));
      if (problems.length > 0) throw new ActionError(`This guide cannot be published yet. ${problems.join(" ")}`);
    }
    const now = new Date();
    await tx.guide.update({
      where: { id: guideId },
      data: {
        status: next.to,
        ...(next.to === "PUBLISHED" ? { publishedAt: now } : {}),
        ...(next.to === "ARCHIVED" ? { archivedAt: now } : {}),
      },
    });
    await recordAudit(tx, {
      actor,
      action: AUDIT_ACTIONS[action],
      entityType: "Guide",
      entityId: guideId,
      before: { status: guide.status },
      after: { status: next.to },
    });
    return { title: guide.title };
  }, TX_OPTIONS);
}

async function completeness(tx: Prisma.TransactionClient, guideId: string) {
  const [phases, subSkills, levels] = await Promise.all([
    tx.phase.findMany({ where: { guideId, archivedAt: null }, select: { estimatedHours: true } }),
    tx.subSkill.findMany({ where: { guideId, archivedAt: null }, select: { weightPercent: true } }),
    tx.level.count({ where: { guideId } }),
  ]);
  return {
    phaseHours: phases.map((p) => p.estimatedHours),
    subSkillWeights: subSkills.map((s) => s.weightPercent),
    levels,
  };
}
