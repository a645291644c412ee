import type { SafeAction } from "@/lib/actions/safe-action";

/**
 * A server action as a `<form action>`, for the post a form makes before JavaScript has loaded
 * (with JavaScript, the form's onSubmit runs the action through useActionForm instead). The
 * same reference is returned: only a server action itself can be posted to without a script.
 * React would discard the result, so the action answers such a post with a redirect or a page.
 */
export function formAction<T>(action: SafeAction<T>): (formData: FormData) => Promise<void> {
  return action as unknown as (formData: FormData) => Promise<void>;
}
