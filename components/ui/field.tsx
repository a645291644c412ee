import { useId, type ComponentProps, type ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

/** Props a Field hands to its control so label, hint and errors are wired up. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
};

export type FieldProps = {
  label: ReactNode;
  /** Render the control, spreading the given props onto it: `{(p) => <Input {...p} name="email" />}`. */
  children: (control: FieldControlProps) => ReactNode;
  hint?: ReactNode;
  /** Messages for this field, e.g. `state.errors?.email` from a zod-validated server action. */
  errors?: readonly string[] | string;
  required?: boolean;
  id?: string;
  className?: string;
};

/**
 * Label + control + hint + errors (the vercel/next-learn form pattern). The error region is
 * always rendered and `aria-live`, so errors returned by a server action are announced.
 */
export function Field({ label, children, hint, errors, required, id, className }: FieldProps) {
  const autoId = useId();
  const controlId = id ?? autoId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const messages = errors === undefined ? [] : typeof errors === "string" ? [errors] : errors;
  const invalid = messages.length > 0;
  const describedBy = [hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={controlId} className="text-sm font-medium text-slate-800">
        {label}
        {required ? (
          <span aria-hidden="true" className="ml-0.5 text-red-700">
            *
          </span>
        ) : null}
      </label>
      {children({
        id: controlId,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": invalid || undefined,
        required,
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <ErrorMessages id={errorId} messages={messages} />
    </div>
  );
}

/**
 * Error messages in a live region that is always rendered, so messages a server action returns
 * are announced. Field uses it; so does a group of radios, checkboxes or inputs whose errors
 * belong to the group (its controls point at `id` with aria-describedby).
 */
export function ErrorMessages({
  id,
  messages,
  className,
}: {
  id: string;
  messages: readonly string[] | undefined;
  /** For each message, e.g. space above it. */
  className?: string;
}) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {messages?.map((message) => (
        <p key={message} className={cn("text-sm text-red-700", className)}>
          {message}
        </p>
      ))}
    </div>
  );
}

const control =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm " +
  "placeholder:text-slate-400 focus-visible:border-accent-600 disabled:cursor-not-allowed disabled:bg-slate-100 " +
  "aria-[invalid=true]:border-red-600";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(control, "h-10", className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(control, "h-10", className)} {...props} />;
}

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(control, className)} {...props} />;
}
