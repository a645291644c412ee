"use client";

import { useId, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { MarkdownEditor } from "@/components/markdown/markdown-editor";
import { Button } from "@/components/ui/button";
import { ErrorMessages, Field, Input, Select, Textarea } from "@/components/ui/field";
import { DESCRIPTION_MAX_LENGTH } from "@/lib/deliverables/schema";
import { addOwnProjectAction, editOwnProjectAction, updateProjectProgressAction } from "@/lib/projects/actions";
import { LEARNER_PROJECT_STATUSES, PROJECT_STATUS_LABELS, type LearnerProjectStatus } from "@/lib/projects/rules";
import { STACK_MAX_ENTRIES, TITLE_MAX_LENGTH } from "@/lib/projects/schema";

export type ProjectFormValues = {
  title: string;
  status: LearnerProjectStatus;
  description: string;
  repoUrl: string;
  demoUrl: string;
  stack: string[];
  subSkillIds: string[];
};

type ProjectFormProps =
  /** "Add your own project": every field, no status (a new project is planned). */
  | { mode: "add"; subSkills: { id: string; name: string }[] }
  /** The learner's own project: every field and its status. */
  | { mode: "own"; progressId: string; defaults: ProjectFormValues; subSkills: { id: string; name: string }[] }
  /** A guide idea: status, links and notes (the title, stack and sub-skills are the idea's). */
  | { mode: "idea"; progressId: string; defaults: ProjectFormValues };

const EMPTY: ProjectFormValues = {
  title: "",
  status: "PLANNED",
  description: "",
  repoUrl: "",
  demoUrl: "",
  stack: [],
  subSkillIds: [],
};

const ACTIONS = {
  add: addOwnProjectAction,
  own: editOwnProjectAction,
  idea: updateProjectProgressAction,
} as const;

/**
 * A portfolio project's details: title, a Markdown description with a live preview, repository
 * and demo links, the stack (one tool per line) and the sub-skills it touches. The server
 * validates everything again and answers at the field; "Submit for review" is a separate,
 * confirmed step on the project's page, so saving never sends anything to a reviewer.
 */
export function ProjectForm(props: ProjectFormProps) {
  const { mode } = props;
  const defaults = mode === "add" ? EMPTY : props.defaults;
  const { state, pending, onSubmit, fieldErrors } = useActionForm<unknown>(ACTIONS[mode]);
  const [description, setDescription] = useState(defaults.description);
  const subSkillsErrorId = useId();
  const ownFields = mode !== "idea";
  // After adding, the form starts over empty for the next project (its key changes with each success).
  const [formKey, setFormKey] = useState(0);
  const [lastState, setLastState] = useState(state);
  if (state !== lastState) {
    setLastState(state);
    if (mode === "add" && state?.ok) {
      setFormKey((k) => k + 1);
      setDescription("");
    }
  }

  return (
    <form
      key={formKey}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-5"
      aria-label={mode === "add" ? "Add your own project" : "Project details"}
    >
      {mode === "add" ? null : <input type="hidden" name="progressId" value={props.progressId} />}
      <FormMessage state={state} />
      {ownFields ? (
        <Field label="Title" required errors={fieldErrors?.title}>
          {(control) => <Input {...control} name="title" maxLength={TITLE_MAX_LENGTH} defaultValue={defaults.title} />}
        </Field>
      ) : null}
      {mode === "add" ? null : (
        <Field label="Status" hint="Submitting for review is the next step, below." errors={fieldErrors?.status}>
          {(control) => (
            <Select {...control} name="status" defaultValue={defaults.status} className="sm:max-w-xs">
              {LEARNER_PROJECT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {PROJECT_STATUS_LABELS[value]}
                </option>
              ))}
            </Select>
          )}
        </Field>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <Field label="Repository URL" hint="Needed before you submit it for review." errors={fieldErrors?.repoUrl}>
          {(control) => (
            <Input
              {...control}
              name="repoUrl"
              type="url"
              inputMode="url"
              maxLength={2000}
              placeholder="https://github.com/you/project"
              defaultValue={defaults.repoUrl}
            />
          )}
        </Field>
        <Field label="Demo URL" hint="Optional" errors={fieldErrors?.demoUrl}>
          {(control) => (
            <Input
              {...control}
              name="demoUrl"
              type="url"
              inputMode="url"
              maxLength={2000}
              placeholder="https://…"
              defaultValue={defaults.demoUrl}
            />
          )}
        </Field>
      </div>
      <MarkdownEditor
        name="description"
        label="Description"
        hint="What you built and how to check it (needed to submit)."
        rows={10}
        maxLength={DESCRIPTION_MAX_LENGTH}
        value={description}
        onChange={setDescription}
        errors={fieldErrors?.description}
      />
      {ownFields ? (
        <>
          <Field
            label="Stack"
            required
            hint={`One tool or technology per line, at most ${STACK_MAX_ENTRIES}.`}
            errors={fieldErrors?.stack}
          >
            {(control) => (
              <Textarea
                {...control}
                name="stack"
                rows={4}
                placeholder={"PyTorch\nDocker\nKubernetes"}
                defaultValue={defaults.stack.join("\n")}
              />
            )}
          </Field>
          <fieldset aria-describedby={subSkillsErrorId} className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium text-slate-800">
              Sub-skills it shows <span className="font-normal text-slate-600">(at least one)</span>
            </legend>
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
              {props.subSkills.map((s) => (
                <label key={s.id} className="flex items-start gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    name="subSkillIds"
                    value={s.id}
                    defaultChecked={defaults.subSkillIds.includes(s.id)}
                    aria-invalid={fieldErrors?.subSkillIds ? true : undefined}
                    className="mt-0.5 size-4"
                  />
                  <span>{s.name}</span>
                </label>
              ))}
            </div>
            <ErrorMessages id={subSkillsErrorId} messages={fieldErrors?.subSkillIds} />
          </fieldset>
        </>
      ) : null}
      <div>
        <Button type="submit" pending={pending}>
          {pending ? "Saving…" : mode === "add" ? "Add project" : "Save project"}
        </Button>
      </div>
    </form>
  );
}
