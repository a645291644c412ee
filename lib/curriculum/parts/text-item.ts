import { choice, subSkills, textarea } from "@/lib/curriculum/fields";
import { orderedPart } from "@/lib/curriculum/parts/types";
import type { textSectionKinds } from "@/lib/guides/guide-schema";

type TextSectionKind = (typeof textSectionKinds)[number];

/** The guide's plain-text lists, with the URL segment and heading the editor uses for each. */
export const TEXT_SECTIONS: ReadonlyArray<{ kind: TextSectionKind; slug: string; title: string }> = [
  { kind: "WHY_IT_MATTERS", slug: "why-it-matters", title: "Why it matters" },
  { kind: "OUTCOME", slug: "outcomes", title: "Outcomes" },
  { kind: "MISCONCEPTION", slug: "misconceptions", title: "Misconceptions" },
  { kind: "INDUSTRY", slug: "industries", title: "Industries" },
  { kind: "PORTFOLIO_TIP", slug: "portfolio-tips", title: "Portfolio tips" },
  { kind: "RESUME_PHRASE", slug: "resume-phrases", title: "Résumé phrases" },
  { kind: "ATS_TIP", slug: "ats-tips", title: "ATS tips" },
  { kind: "LEARNING_TIP", slug: "learning-tips", title: "Learning tips" },
];

/** One entry of those lists. Nothing points to them, so removing one deletes it. */
export const textItem = orderedPart({
  key: "textItem",
  model: "GuideTextItem",
  parent: "guide",
  label: "text",
  keyed: false,
  fields: [
    choice("kind", "Section", Object.fromEntries(TEXT_SECTIONS.map((s) => [s.kind, s.title])), "Choose a section.", {
      fixed: true,
    }),
    textarea("text", "Text", "the text", 1000, { rows: 2 }),
    // A résumé phrase claims skills: it counts as backed on a learner's career page once each
    // sub-skill named here has approved work (lib/career/backing.ts).
    subSkills(
      "Sub-skills it claims",
      "Choose the sub-skills this phrase claims.",
      {
        model: "ResumePhraseSubSkill",
        owner: "textItemId",
      },
      {
        optional: true,
        onlyIn: { kind: "RESUME_PHRASE" },
        hint: "Learners see the phrase as backed once each of these has approved work.",
      },
    ),
  ],
  archivable: false,
  route: "text",
  sections: TEXT_SECTIONS.map((s) => ({ slug: s.slug, title: s.title, fixed: { kind: s.kind } })),
  title: "Text sections",
  noun: "Text",
  plural: "entries",
  singular: "entry",
  saveLabel: "Save",
  empty: "This list is empty",
  meta: [{ text: "{subSkillIds}", badge: "brand" }],
});
