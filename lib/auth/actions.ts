"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { success } from "@/lib/actions/result";
import { afterResponse } from "@/lib/actions/after-response";
import { postedWithoutScript } from "@/lib/actions/progressive";
import { publicAction } from "@/lib/actions/safe-action";
import { sendExistingAccountEmail, sendPasswordResetEmail } from "@/lib/mail";
import { requestClientIp } from "@/lib/security/request-ip";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import {
  RESET_REQUESTED_MESSAGE,
  passwordResetRequestSchema,
  passwordResetSchema,
  SIGNED_UP_MESSAGE,
  SIGNED_UP_PATH,
  signUpSchema,
} from "@/lib/auth/schema";
import { signUp } from "@/lib/auth/sign-up";

/** Sign-up and password reset: public actions that act on their input alone. */

/**
 * Sign-up ends on the sign-in page whether or not the email already had an account (its owner
 * gets an email instead): signing in at once would tell a stranger which emails are new. The
 * form navigates there; a form posted before JavaScript loaded is redirected there.
 */
export const signUpAction = publicAction({
  name: "auth.signUp",
  schema: signUpSchema,
  handler: async (input) => {
    await signUp(input, await requestClientIp(), (email) => afterResponse(() => sendExistingAccountEmail(email)));
    if (await postedWithoutScript()) redirect(SIGNED_UP_PATH);
    return success({ next: SIGNED_UP_PATH }, SIGNED_UP_MESSAGE);
  },
});

export const requestPasswordResetAction = publicAction({
  name: "auth.requestPasswordReset",
  schema: passwordResetRequestSchema,
  handler: async ({ email }) => {
    // Mail goes out after the response, so its timing does not tell whether the account exists.
    await requestPasswordReset(email, async (to, link) => after(() => sendPasswordResetEmail(to, link)));
    return success(undefined, RESET_REQUESTED_MESSAGE);
  },
});

export const resetPasswordAction = publicAction({
  name: "auth.resetPassword",
  schema: passwordResetSchema,
  handler: async (input) => {
    const { email } = await resetPassword(input);
    return success({ email }, "Your password has been changed. Sign in with the new one.");
  },
});
