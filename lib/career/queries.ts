import "server-only";
import { phraseBacking } from "@/lib/career/backing";
import { db } from "@/lib/db";
import { learnerGuide } from "@/lib/guides/enrollment";

/**
 * The career page of one learner: the guide's résumé phrases, each with whether the learner's
 * approved work backs it (lib/career/backing.ts), and the guide's ATS tips.
 */

/**
 * The sub-skills the learner has approved work for, in one statement: approved deliverable
 * submissions and approved projects (a guide idea's sub-skills, or those the learner's own project
 * touches), through the sub-skills each gives evidence for. Work on
 * curriculum archived since stays evidence: completed work stays completed.
 */
export async function evidencedSubSkillIds(learnerId: string): Promise<Set<string>> {
  const rows = await db().$queryRaw<Array<{ subSkillId: string }>>`
    SELECT ds."subSkillId"
      FROM "Submission" s
      JOIN "DeliverableSubSkill" ds ON ds."deliverableId" = s."deliverableId"
     WHERE s."learnerId" = ${learnerId} AND s.status = 'APPROVED'
    UNION
    SELECT ps."subSkillId"
      FROM "ProjectProgress" pp
      JOIN "ProjectSubSkill" ps ON ps."projectId" = pp."projectId"
     WHERE pp."learnerId" = ${learnerId} AND pp.status = 'APPROVED'
    UNION
    SELECT os."subSkillId"
      FROM "ProjectProgress" pp
      JOIN "ProjectProgressSubSkill" os ON os."progressId" = pp.id
     WHERE pp."learnerId" = ${learnerId} AND pp.status = 'APPROVED'`;
  return new Set(rows.map((r) => r.subSkillId));
}

export async function getCareerPage(learnerId: string) {
  const { guideId } = await learnerGuide(learnerId);
  const [items, evidenced] = await Promise.all([
    db().guideTextItem.findMany({
      where: { guideId, kind: { in: ["RESUME_PHRASE", "ATS_TIP"] } },
      orderBy: [{ kind: "asc" }, { position: "asc" }],
      select: {
        id: true,
        kind: true,
        text: true,
        subSkills: {
          orderBy: { subSkill: { position: "asc" } },
          select: { subSkill: { select: { id: true, key: true, name: true } } },
        },
      },
    }),
    evidencedSubSkillIds(learnerId),
  ]);
  const phrases = items
    .filter((i) => i.kind === "RESUME_PHRASE")
    .map((i) => {
      const claimed = i.subSkills.map((l) => l.subSkill);
      return { id: i.id, text: i.text, claimed, ...phraseBacking(claimed, evidenced) };
    });
  return {
    phrases,
    atsTips: items.filter((i) => i.kind === "ATS_TIP").map((i) => i.text),
  };
}

export type CareerPage = Awaited<ReturnType<typeof getCareerPage>>;
export type CareerPhrase = CareerPage["phrases"][number];
