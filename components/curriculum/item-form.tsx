import { CurriculumForm } from "@/components/curriculum/curriculum-form";
import { formFields, partLabels, subSkillOptions } from "@/components/curriculum/form-fields";
import { QuizQuestionForm } from "@/components/curriculum/quiz-question-form";
import { saveCurriculumItemAction } from "@/lib/curriculum/actions";
import type { PartDescription } from "@/lib/curriculum/parts/types";
import type { EditorItem, SubSkillChoice } from "@/lib/curriculum/queries";

export type ItemFormProps = {
  part: PartDescription;
  /** The item's list: its parent's id and fixed values ({ guideId } or { phaseId, kind }). */
  scope: Record<string, string>;
  subSkills: readonly SubSkillChoice[];
  /** The item to edit; none for an "add" form. */
  item?: EditorItem;
  singular?: string;
};

/** The save form of any part's item: the generic one, or the quiz question's (options with a correct one). */
export function ItemForm({ part, scope, subSkills, item, singular }: ItemFormProps) {
  const labels = partLabels(part, singular);
  if (part.fields.some((f) => f.input === "options")) {
    const values = item?.values;
    const keep = values ? [String(values.subSkillId)] : [];
    return (
      <QuizQuestionForm
        guideId={scope.guideId!}
        subSkills={subSkillOptions(subSkills, keep)}
        question={
          item && {
            id: item.id,
            subSkillId: String(item.values.subSkillId),
            prompt: String(item.values.prompt),
            options: item.values.options as string[],
            correctOption: Number(item.values.correctOption),
            explanation: String(item.values.explanation),
          }
        }
        locked={item ? item.learnerRecords > 0 : false}
      />
    );
  }
  return (
    <CurriculumForm
      action={saveCurriculumItemAction}
      hidden={{ part: part.key, ...scope, ...(item ? { id: item.id } : {}) }}
      fields={formFields(part, subSkills, item?.values, scope)}
      submitLabel={item ? labels.save : labels.add}
      resetOnSuccess={!item}
    />
  );
}
