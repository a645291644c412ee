import { NOT_IN_RUBRIC_MESSAGE, scoreField, UNSCORED_MESSAGE } from "@/lib/rubrics/schema";

/**
 * The check of a decision's scores against the rubric it scores: every active criterion scored,
 * nothing else (an archived criterion, another rubric's). Pure: the criteria come from
 * rubricFor, read in the decision's transaction. Field errors are keyed like the form's fields;
 * "" holds a problem no field shows (a criterion the form does not have).
 */
export function rubricScoreProblems(
  criterionIds: readonly string[],
  scores: Readonly<Record<string, number>>,
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const id of criterionIds) if (scores[id] === undefined) problems[scoreField(id)] = [UNSCORED_MESSAGE];
  const known = new Set(criterionIds);
  if (Object.keys(scores).some((id) => !known.has(id))) problems[""] = [NOT_IN_RUBRIC_MESSAGE];
  return problems;
}
