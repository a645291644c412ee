/**
 * The one result shape of every server action, so every form handles outcomes the same way:
 * success (optionally with data and a message to show), or a message plus per-field errors
 * (keys are the input's field names, values the messages to show under that field).
 */
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  { ok: true; data?: T; message?: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

/** State of a form driven by `useActionState`: null until the first submit. */
export type ActionState<T = undefined> = ActionResult<T> | null;

export function success<T = undefined>(data?: T, message?: string): ActionResult<T> {
  return { ok: true, ...(data === undefined ? {} : { data }), ...(message === undefined ? {} : { message }) };
}

export function failure(message: string, fieldErrors?: FieldErrors): ActionResult<never> {
  return { ok: false, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

/**
 * An expected failure thrown from a mutation or handler (e.g. "that email is taken"). Its
 * message is shown to the user as is, so write it for them; never wrap a caught error in it.
 */
export class ActionError extends Error {
  override readonly name = "ActionError";
  constructor(
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}
