"use server";

import { after } from "next/server";
import { success } from "@/lib/actions/result";
import { publicAction } from "@/lib/actions/safe-action";
import { sendPasswordResetEmail } from "@/lib/mail";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import {
  RESET_REQUESTED_MESSAGE,
  passwordResetRequestSchema,
  passwordResetSchema,
  signUpSchema,
} from "@/lib/auth/schema";
import { signUp } from "@/lib/auth/sign-up";

/** Sign-up and password reset: public actions that act on their input alone. */

export const signUpAction = publicAction({
  name: "auth.signUp",
  schema: signUpSchema,
  handler: async (input) => {
    const user = await signUp(input);
    // The form signs in with the same credentials next (next-auth sets the session cookie).
    return success({ email: user.email }, "Account created.");
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
