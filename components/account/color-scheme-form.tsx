"use client";

import { Button } from "@/components/ui/button";
import { ErrorMessages } from "@/components/ui/field";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { setColorSchemeAction } from "@/lib/account/actions";
import { cn } from "@/lib/ui/cn";
import { COLOR_SCHEME_LABELS, COLOR_SCHEMES, type ColorScheme } from "@/lib/ui/color-scheme";

const HINTS: Record<ColorScheme, string> = {
  system: "Light or dark, as your device is set.",
  light: "Dark text on light surfaces.",
  dark: "Light text on dark surfaces.",
};

/**
 * System / light / dark, saved on the account so every device shows it. The layout reads it on
 * the server, so once saved the page (and every later one) renders in it without a flash.
 */
export function ColorSchemeForm({ colorScheme }: { colorScheme: ColorScheme }) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(setColorSchemeAction);
  const errors = fieldErrors?.colorScheme;
  const invalid = Boolean(errors?.length);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage state={state} />
      <fieldset aria-invalid={invalid || undefined} aria-describedby={invalid ? "color-scheme-error" : undefined}>
        <legend className="mb-2 text-sm font-medium text-slate-800">Colour scheme</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {COLOR_SCHEMES.map((scheme) => (
            <label
              key={scheme}
              className={cn(
                "flex cursor-pointer items-start gap-3 rounded-md border px-3 py-2.5 text-sm text-slate-800",
                "hover:bg-slate-50 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50",
                invalid ? "border-red-600" : "border-slate-200",
              )}
            >
              <input
                type="radio"
                name="colorScheme"
                value={scheme}
                defaultChecked={scheme === colorScheme}
                // Named by its label alone; the hint below it is its description.
                aria-labelledby={`color-scheme-${scheme}-label`}
                aria-describedby={`color-scheme-${scheme}-hint`}
                className="mt-0.5 size-4 shrink-0 accent-brand-700"
              />
              <span className="flex min-w-0 flex-col">
                <span id={`color-scheme-${scheme}-label`} className="font-medium">
                  {COLOR_SCHEME_LABELS[scheme]}
                </span>
                <span id={`color-scheme-${scheme}-hint`} className="text-slate-600">
                  {HINTS[scheme]}
                </span>
              </span>
            </label>
          ))}
        </div>
        <ErrorMessages id="color-scheme-error" messages={errors} className="mt-2" />
      </fieldset>
      <Button type="submit" variant="secondary" pending={pending} className="self-start">
        {pending ? "Saving…" : "Save colour scheme"}
      </Button>
    </form>
  );
}
