import "server-only";
import { db } from "@/lib/db";
import type { TextSectionKind } from "@/lib/generated/prisma/enums";
import { learnerGuide } from "@/lib/guides/enrollment";

/**
 * The guide's text sections and FAQ where a learner needs them (the dashboard, a phase, the
 * projects page), read from the database: admins edit them in the curriculum editor.
 */

export type GuideHelp = {
  texts: Record<TextSectionKind, string[]>;
  faqs: Array<{ id: string; question: string; answer: string }>;
};

const emptyTexts = (): Record<TextSectionKind, string[]> => ({
  WHY_IT_MATTERS: [],
  OUTCOME: [],
  MISCONCEPTION: [],
  INDUSTRY: [],
  PORTFOLIO_TIP: [],
  RESUME_PHRASE: [],
  ATS_TIP: [],
  LEARNING_TIP: [],
});

/** The named text sections (in their order) and, when asked, the active FAQ of the learner's guide. */
export async function learnerGuideHelp(
  learnerId: string,
  kinds: readonly TextSectionKind[],
  { faqs = false } = {},
): Promise<GuideHelp> {
  const { guideId } = await learnerGuide(learnerId);
  const [items, faqRows] = await Promise.all([
    db().guideTextItem.findMany({
      where: { guideId, kind: { in: [...kinds] } },
      orderBy: [{ kind: "asc" }, { position: "asc" }],
      select: { kind: true, text: true },
    }),
    faqs
      ? db().faq.findMany({
          where: { guideId, archivedAt: null },
          orderBy: { position: "asc" },
          select: { id: true, question: true, answer: true },
        })
      : Promise.resolve([]),
  ]);
  const texts = emptyTexts();
  for (const item of items) texts[item.kind].push(item.text);
  return { texts, faqs: faqRows };
}
