import { Field, Input, Select } from "@/components/ui/field";
import { NOTE_MAX_LENGTH } from "@/lib/hours/form-values";
import type { TimerOption } from "@/lib/hours/timer-queries";

type TimerFieldsProps = {
  phases: readonly TimerOption[];
  subSkills: readonly TimerOption[];
  values: { phaseId: string | null; subSkillId: string | null; note: string | null };
  errors?: Record<string, string[] | undefined>;
  /** Prefix for the control ids: the start and stop forms never show together, but stay unique. */
  idPrefix: string;
};

/** Phase, sub-skill and note: what the timer's start and stop forms both set. */
export function TimerFields({ phases, subSkills, values, errors, idPrefix }: TimerFieldsProps) {
  return (
    <>
      <Field label="Phase" errors={errors?.phaseId} id={`${idPrefix}-phase`}>
        {(p) => (
          <Select {...p} name="phaseId" defaultValue={values.phaseId ?? ""}>
            <option value="">Choose later</option>
            {phases.map((phase) => (
              <option key={phase.id} value={phase.id}>
                {phase.title}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Sub-skill (optional)" errors={errors?.subSkillId} id={`${idPrefix}-sub-skill`}>
        {(p) => (
          <Select {...p} name="subSkillId" defaultValue={values.subSkillId ?? ""}>
            <option value="">None</option>
            {subSkills.map((subSkill) => (
              <option key={subSkill.id} value={subSkill.id}>
                {subSkill.title}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Note (optional)" errors={errors?.note} id={`${idPrefix}-note`}>
        {(p) => <Input {...p} name="note" maxLength={NOTE_MAX_LENGTH} defaultValue={values.note ?? ""} />}
      </Field>
    </>
  );
}
