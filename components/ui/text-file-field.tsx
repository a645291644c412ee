"use client";

import { useState, type ChangeEvent, type ReactNode } from "react";
import { Field, Input } from "@/components/ui/field";

type TextFileFieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** Larger files are refused here, before reading, with `tooLargeMessage` at the field. */
  maxBytes: number;
  tooLargeMessage: string;
  /** Receives the file's text; the form puts it in its text box, so the user sees what is sent. */
  onText: (text: string) => void;
  accept?: string;
};

/**
 * A file picker that reads a text file (CSV, a pasted list) in the browser and hands its text
 * to the form. The file itself is never posted: the form's text box is the one input, so a
 * file and a paste go through the same validation on the server. The input is emptied once
 * read, so choosing the same file again (after fixing something) reads it again.
 */
export function TextFileField({
  label,
  hint,
  maxBytes,
  tooLargeMessage,
  onText,
  accept = ".csv,text/csv,text/plain",
}: TextFileFieldProps) {
  const [error, setError] = useState<string | null>(null);

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    setError(null);
    if (!file) return;
    if (file.size > maxBytes) setError(tooLargeMessage);
    else onText(await file.text());
    input.value = "";
  };

  return (
    <Field label={label} hint={hint} errors={error ?? undefined}>
      {(control) => <Input {...control} type="file" accept={accept} onChange={read} className="h-auto py-1.5" />}
    </Field>
  );
}
