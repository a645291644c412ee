import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { fallbackMessage, fieldWithNul, NUL_CHARACTER_MESSAGE } from "@/lib/actions/input-messages";
import { ActionError, failure, type ActionResult } from "@/lib/actions/result";
import { AuthenticationError, AuthorizationError } from "@/lib/auth/errors";
import { authorizeRole, authorizeUser } from "@/lib/auth/guards";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db-availability";
import { Prisma, type Role } from "@/lib/generated/prisma/client";
import { rememberWrite } from "@/lib/read-replica/read-db";

/**
 * Every server action is built with `userAction` (signed-in users, optionally some roles) or
 * `publicAction` (guests too). The wrapper, in order:
 *   1. authenticates (and checks `roles`) → "Please sign in" / "You don't have access";
 *   2. validates the input with the zod schema → `fieldErrors` from `z.flattenError` (issues
 *      the schema words no message for, such as a wrong type from a hand-made request, get
 *      the sentences of input-messages.ts; text with a NUL character is refused first);
 *   3. runs the handler, which does the ownership checks that need the input
 *      (`authorizeLearnerAccess(user, input.learnerId, { write: true })`), the mutation and
 *      the revalidation, and returns `success(data?, message?)` or `failure(...)`;
 *   4. for a staff user with a read replica configured, records the primary's WAL position
 *      after the handler (lib/read-replica), so their next aggregate page shows their write;
 *   5. maps thrown errors: AuthenticationError / AuthorizationError / ActionError to their
 *      (user-facing) messages, an unreachable database to "nothing was saved, try again",
 *      known Prisma errors to fixed messages; anything else is logged
 *      and becomes a generic message. A raw error never reaches the browser.
 *
 *   // lib/<domain>/actions.ts
 *   "use server";
 *   export const logHoursAction = userAction({
 *     name: "tracking.logHours",
 *     schema: logHoursSchema,
 *     handler: async (input, user) => {
 *       await authorizeLearnerAccess(user, input.learnerId, { write: true });
 *       const entry = await logHours(input);
 *       revalidatePath("/dashboard");
 *       return success({ id: entry.id }, "Hours logged.");
 *     },
 *   });
 *
 * The returned function takes either the input object (`await logHoursAction({ ... })`) or,
 * as `useActionState` calls it, `(previousState, formData)`.
 */

export type SafeAction<T> = (inputOrState: unknown, formData?: FormData) => Promise<ActionResult<T>>;

type ActionOptions<S extends z.ZodType, T, U> = {
  /** Names the action in server logs. */
  name: string;
  schema: S;
  handler: (input: z.output<S>, user: U) => Promise<ActionResult<T>>;
};

export const GENERIC_ERROR_MESSAGE = "Something went wrong. Please try again.";
export const INVALID_INPUT_MESSAGE = "Please check the highlighted fields.";

export function userAction<S extends z.ZodType, T = undefined>(
  options: ActionOptions<S, T, CurrentUser> & { roles?: readonly Role[] },
): SafeAction<T> {
  // Read-your-writes with a read replica: once the handler ran (whatever it returned or threw,
  // a redirect included), the writer's next aggregate page waits for the replica to have it.
  const handler: typeof options.handler = async (input, user) => {
    try {
      return await options.handler(input, user);
    } finally {
      await rememberWrite(user.role);
    }
  };
  return (inputOrState, formData) =>
    run({ ...options, handler }, inputOrState, formData, async () => {
      const user = await getCurrentUser();
      return options.roles ? authorizeRole(user, options.roles) : authorizeUser(user);
    });
}

/** For guests (sign-up, password reset): the handler acts on its input alone and gets no user. */
export function publicAction<S extends z.ZodType, T = undefined>(
  options: ActionOptions<S, T, undefined>,
): SafeAction<T> {
  return (inputOrState, formData) => run(options, inputOrState, formData, async () => undefined);
}

async function run<S extends z.ZodType, T, U>(
  options: ActionOptions<S, T, U>,
  inputOrState: unknown,
  formData: FormData | undefined,
  authenticate: () => Promise<U>,
): Promise<ActionResult<T>> {
  try {
    const user = await authenticate();
    // useActionState calls (state, formData); a form posted without JavaScript calls (formData).
    const form = formData instanceof FormData ? formData : inputOrState instanceof FormData ? inputOrState : null;
    const input = form ? formDataToObject(form) : inputOrState;
    const nulField = fieldWithNul(input);
    if (nulField !== null) {
      return nulField
        ? failure(INVALID_INPUT_MESSAGE, { [nulField]: [NUL_CHARACTER_MESSAGE] })
        : failure(NUL_CHARACTER_MESSAGE);
    }
    const parsed = options.schema.safeParse(input, { error: fallbackMessage });
    if (!parsed.success) {
      const { fieldErrors, formErrors } = z.flattenError(parsed.error);
      return failure(formErrors[0] ?? INVALID_INPUT_MESSAGE, fieldErrors as Record<string, string[]>);
    }
    return await options.handler(parsed.data, user);
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound(), forbidden() are control flow, not failures
    return toFailure(options.name, error);
  }
}

function toFailure(name: string, error: unknown): ActionResult<never> {
  if (error instanceof AuthenticationError || error instanceof AuthorizationError) return failure(error.message);
  if (error instanceof ActionError) return failure(error.message, error.fieldErrors);
  if (isDatabaseUnavailable(error)) {
    console.error(`[action ${name}] database unavailable`, error);
    return failure(DATABASE_UNAVAILABLE_MESSAGE);
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const known: Record<string, string> = {
      P2002: "That already exists.",
      P2003: "That refers to something that no longer exists.",
      P2025: "That no longer exists. Reload the page and try again.",
    };
    const message = known[error.code];
    if (message) return failure(message);
  }
  console.error(`[action ${name}] failed`, error);
  return failure(GENERIC_ERROR_MESSAGE);
}

/**
 * Form fields to a plain object; a name given more than once becomes an array. Files are kept
 * as File objects (an attachment's schema checks them); text fields stay strings.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // React's progressive-enhancement bookkeeping
    const values = formData.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}
