"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { createGuideAction } from "@/lib/guide-lifecycle/actions";

/** Creates a draft guide, then opens its admin page (where its curriculum is one link away). */
export function CreateGuideForm() {
  const router = useRouter();
  const { state, pending, onSubmit, fieldErrors } = useActionForm<{ id: string; slug: string } | undefined>(
    createGuideAction,
  );
  const createdSlug = state?.ok ? state.data?.slug : undefined;
  useEffect(() => {
    if (createdSlug) router.push(`/admin/guides/${createdSlug}`);
  }, [createdSlug, router]);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field label="Title" required errors={fieldErrors?.title}>
        {(control) => <Input {...control} name="title" maxLength={120} placeholder="e.g. Data Engineering" />}
      </Field>
      <Field
        label="Slug"
        required
        errors={fieldErrors?.slug}
        hint="The guide's address: /guides/<slug>. Lowercase letters, digits and hyphens."
      >
        {(control) => <Input {...control} name="slug" maxLength={60} placeholder="e.g. data-engineering" />}
      </Field>
      <Field label="Category" required errors={fieldErrors?.category}>
        {(control) => <Input {...control} name="category" maxLength={100} placeholder="e.g. Engineering" />}
      </Field>
      <Field label="Tagline" required errors={fieldErrors?.tagline}>
        {(control) => <Input {...control} name="tagline" maxLength={200} />}
      </Field>
      <Field label="Overview" required errors={fieldErrors?.overview}>
        {(control) => <Textarea {...control} name="overview" maxLength={5000} rows={5} />}
      </Field>
      <FormMessage state={state} />
      <Button type="submit" pending={pending} className="self-start">
        {pending ? "Creating…" : "Create draft"}
      </Button>
    </form>
  );
}
