"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ChangeEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useConfirmStep } from "@/components/forms/use-confirm-step";
import { ImportPreview, splitId } from "@/components/guide-files/import-preview";
import { Button } from "@/components/ui/button";
import { ErrorMessages, Field, Input, Select, Textarea } from "@/components/ui/field";
import type { ActionState } from "@/lib/actions/result";
import { previewGuideImportAction, saveGuideImportAction } from "@/lib/guide-files/actions";
import type { GuideImportPreview } from "@/lib/guide-files/preview";
import { CONTENT_MAX_CHARACTERS } from "@/lib/guide-files/schema";

type Format = "json" | "text";
type Target = "new" | "existing";

/**
 * The import page's form: paste or upload a guide (JSON in the format, or the guide page's
 * copied text), preview it, correct the parser's guessed splits, then save it as a new guide
 * or as a new version of an existing one. The server re-reads everything on save; the
 * preview only shows what saving will do.
 */
export function GuideImportForm({ guides }: { guides: Array<{ slug: string; title: string }> }) {
  const router = useRouter();
  const [format, setFormat] = useState<Format>("text");
  const [content, setContent] = useState("");
  const [target, setTarget] = useState<Target>("new");
  const [newSlug, setNewSlug] = useState("");
  const [existingSlug, setExistingSlug] = useState(guides[0]?.slug ?? "");
  const [corrections, setCorrections] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<GuideImportPreview | null>(null);
  const [state, setState] = useState<ActionState<unknown>>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { asking, ask, close: cancelSave, dismiss, returnFocusTo: saveButton } = useConfirmStep();

  const slug = target === "new" ? newSlug : existingSlug;
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const changed = () => {
    setPreview(null);
    setState(null);
  };

  const input = (withSlug: string) => ({
    format,
    content,
    target,
    slug: withSlug.trim(),
    corrections: (preview?.splits ?? []).flatMap((split) => {
      const text = corrections[splitId(split)];
      if (text === undefined || text === split.proposed.join("\n")) return [];
      return [{ path: split.path, original: split.original, items: text.split("\n") }];
    }),
  });

  const runPreview = () =>
    startTransition(async () => {
      const result = await previewGuideImportAction(input(slug));
      setState(result.ok ? null : result);
      if (!result.ok) return;
      const next = result.data!;
      setPreview(next);
      if (target === "new" && newSlug === "") setNewSlug(next.suggestedSlug);
    });

  const save = () =>
    startTransition(async () => {
      dismiss();
      const result = await saveGuideImportAction(input(slug));
      setState(result);
      if (result.ok) {
        setPreview(null);
        setCorrections({});
        router.refresh();
      }
    });

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > CONTENT_MAX_CHARACTERS) {
      setFileError("That file is too large: at most 1,000,000 characters.");
      event.target.value = "";
      return;
    }
    setContent(await file.text());
    setFormat(/\.json$/i.test(file.name) || file.type === "application/json" ? "json" : "text");
    changed();
  };

  return (
    <div className="flex flex-col gap-6">
      <form
        aria-label="Import a guide"
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          runPreview();
        }}
      >
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium text-slate-800">What you paste</legend>
          <div className="flex flex-wrap gap-4 text-sm text-slate-800">
            {(
              [
                ["text", "The guide page's copied text"],
                ["json", "JSON in the guide format"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="format"
                  value={value}
                  checked={format === value}
                  onChange={() => (setFormat(value), changed())}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label="Guide" errors={fieldErrors.content} hint="Paste it here, or choose a .json or .txt file below.">
          {(p) => (
            <Textarea
              {...p}
              name="content"
              rows={12}
              value={content}
              onChange={(e) => (setContent(e.target.value), changed())}
              className="font-mono text-xs"
            />
          )}
        </Field>
        <Field label="Or choose a file" errors={fileError ?? undefined}>
          {(p) => <Input {...p} type="file" accept=".json,.txt,application/json,text/plain" onChange={readFile} />}
        </Field>
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium text-slate-800">Save it as</legend>
          <div className="flex flex-wrap gap-4 text-sm text-slate-800">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="target"
                checked={target === "new"}
                onChange={() => (setTarget("new"), changed())}
              />
              A new guide
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="target"
                checked={target === "existing"}
                disabled={guides.length === 0}
                onChange={() => (setTarget("existing"), changed())}
              />
              A new version of an existing guide
            </label>
          </div>
        </fieldset>
        {target === "new" ? (
          <Field
            label="Slug of the new guide"
            errors={fieldErrors.slug}
            hint="Lower-case words joined by dashes; the preview suggests one from the title."
          >
            {(p) => (
              <Input {...p} name="slug" value={newSlug} onChange={(e) => (setNewSlug(e.target.value), changed())} />
            )}
          </Field>
        ) : (
          <Field label="Guide to update" errors={fieldErrors.slug}>
            {(p) => (
              <Select
                {...p}
                name="slug"
                value={existingSlug}
                onChange={(e) => (setExistingSlug(e.target.value), changed())}
              >
                {guides.map((g) => (
                  <option key={g.slug} value={g.slug}>
                    {g.title} ({g.slug})
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
        <ErrorMessages
          id="import-other-errors"
          messages={[...(fieldErrors.format ?? []), ...(fieldErrors.target ?? []), ...(fieldErrors.corrections ?? [])]}
        />
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {preview ? "Preview again" : "Preview"}
          </Button>
        </div>
      </form>

      <FormMessage state={state} />

      {preview ? (
        <section aria-labelledby="import-preview-heading" className="flex flex-col gap-4">
          <ImportPreview
            preview={preview}
            target={target}
            corrections={corrections}
            onCorrect={(id, text) => setCorrections((all) => ({ ...all, [id]: text }))}
          />
          <div className="flex flex-wrap items-center gap-3">
            {asking ? (
              <>
                <p className="text-sm text-slate-800">
                  {target === "new"
                    ? `Create the guide “${preview.title}” (${slug})?`
                    : `Apply these changes to ${slug}? Archived items stay in learners' records.`}
                </p>
                <Button type="button" onClick={save} disabled={pending}>
                  Yes, save
                </Button>
                <Button type="button" variant="ghost" onClick={cancelSave}>
                  Cancel
                </Button>
              </>
            ) : (
              <Button type="button" ref={saveButton} onClick={ask} disabled={pending}>
                {target === "new" ? "Save as a new guide" : "Save as a new version"}
              </Button>
            )}
          </div>
          <p className="text-sm text-slate-600">
            Corrected a split? Preview again to check the result; saving uses your corrections either way.
          </p>
        </section>
      ) : null}
    </div>
  );
}
