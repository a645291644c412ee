"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { HoursSelect } from "@/components/hours/hours-select";
import { Button } from "@/components/ui/button";
import { ErrorMessages, Field, Input, Select } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/actions/result";
import { deleteImportRuleAction, saveImportRuleAction } from "@/lib/hours/actions";
import type { HoursOption, ImportRuleRow } from "@/lib/hours/types";

const FIELD_LABELS: Record<ImportRuleRow["field"], string> = {
  TAG: "Tag",
  PROJECT: "Project",
  DESCRIPTION: "Description contains",
};

type ImportRulesProps = {
  rules: readonly ImportRuleRow[];
  phases: readonly HoursOption[];
  subSkills: readonly HoursOption[];
  /** A tag or project of a row without a phase, to start the new rule from. */
  suggestion: { field: ImportRuleRow["field"]; pattern: string } | null;
  /** Runs after a rule changed, to preview the file again with it. */
  onChange: () => void;
};

/**
 * The learner's rules for other trackers' rows (tag, project or text → phase), kept for every
 * later import. Not a <form>: it sits inside the import form, and forms do not nest.
 */
export function ImportRules({ rules, phases, subSkills, suggestion, onChange }: ImportRulesProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldErrors | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const active = (options: readonly HoursOption[]) => options.filter((o) => !o.archived);
  const key = suggestion ? `${suggestion.field}:${suggestion.pattern}` : "none";

  const save = (container: HTMLElement) => {
    const value = (name: string) => container.querySelector<HTMLInputElement>(`[name="rule.${name}"]`)?.value ?? "";
    startTransition(async () => {
      const result = await saveImportRuleAction({
        field: value("field"),
        pattern: value("pattern"),
        phaseId: value("phaseId"),
        subSkillId: value("subSkillId"),
      });
      setErrors(result.ok ? undefined : result.fieldErrors);
      setMessage(result.ok ? null : result.message);
      if (result.ok) {
        router.refresh();
        onChange();
      }
    });
  };
  const remove = (id: string) =>
    startTransition(async () => {
      const result = await deleteImportRuleAction({ id });
      setMessage(result.ok ? null : result.message);
      router.refresh();
      onChange();
    });

  return (
    <section
      aria-labelledby="import-rules-title"
      className="flex flex-col gap-3 rounded-md border border-slate-200 p-4"
    >
      <h3 id="import-rules-title" className="font-medium text-slate-900">
        Rules for other trackers
      </h3>
      <p className="text-sm text-slate-600">
        A row whose tag or project matches a rule, or whose description contains its text, goes to the rule&apos;s
        phase. Rules are kept for your next imports.
      </p>
      {rules.length > 0 ? (
        <ul className="flex flex-col gap-2 text-sm" aria-label="Your rules">
          {rules.map((rule) => (
            <li key={rule.id} className="flex flex-wrap items-center gap-2">
              <span className="break-all">
                {FIELD_LABELS[rule.field]} “{rule.pattern}” → {rule.phaseTitle}
                {rule.subSkillTitle ? `, ${rule.subSkillTitle}` : ""}
              </span>
              <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={() => remove(rule.id)}>
                Delete<span className="sr-only"> the rule for “{rule.pattern}”</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div key={key} className="grid gap-3 sm:grid-cols-2" data-testid="new-rule">
        <Field label="Match" errors={errors?.field}>
          {(control) => (
            <Select {...control} name="rule.field" defaultValue={suggestion?.field ?? "TAG"}>
              {(Object.keys(FIELD_LABELS) as ImportRuleRow["field"][]).map((field) => (
                <option key={field} value={field}>
                  {FIELD_LABELS[field]}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Text" errors={errors?.pattern}>
          {(control) => (
            <Input {...control} name="rule.pattern" maxLength={200} defaultValue={suggestion?.pattern ?? ""} />
          )}
        </Field>
        <HoursSelect
          label="Phase"
          name="rule.phaseId"
          options={active(phases)}
          defaultValue={active(phases)[0]?.id ?? ""}
          errors={errors?.phaseId}
        />
        <HoursSelect
          label="Sub-skill"
          name="rule.subSkillId"
          options={active(subSkills)}
          defaultValue=""
          emptyLabel="None"
          errors={errors?.subSkillId}
        />
        <ErrorMessages id="import-rule-message" messages={message ? [message] : undefined} />
        <Button
          type="button"
          variant="secondary"
          pending={pending}
          className="self-start"
          onClick={(event) => save(event.currentTarget.closest<HTMLElement>("[data-testid=new-rule]")!)}
        >
          Save rule
        </Button>
      </div>
    </section>
  );
}
