"use server";

import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { changePassword, deleteAccount, signUp, updateProfile } from "@/lib/accounts/mutations";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { sendPasswordResetEmail } from "@/lib/accounts/mail";
import {
  RESET_REQUESTED_MESSAGE,
  changePasswordSchema,
  deleteAccountSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  profileSchema,
  signUpSchema,
} from "@/lib/accounts/schema";
import { success } from "@/lib/actions/result";
import { publicAction, userAction } from "@/lib/actions/safe-action";

/**
 * Account actions. Public ones (sign-up, password reset) act on the input alone; the others
 * act on the signed-in user only: none takes a user id, so none can reach another account.
 */

export const signUpAction = publicAction({
  name: "accounts.signUp",
  schema: signUpSchema,
  handler: async (input) => {
    const user = await signUp(input);
    // The form signs in with the same credentials next (next-auth sets the session cookie).
    return success({ email: user.email }, "Account created.");
  },
});

export const requestPasswordResetAction = publicAction({
  name: "accounts.requestPasswordReset",
  schema: passwordResetRequestSchema,
  handler: async ({ email }) => {
    // Mail goes out after the response, so its timing does not tell whether the account exists.
    await requestPasswordReset(email, async (to, link) => after(() => sendPasswordResetEmail(to, link)));
    return success(undefined, RESET_REQUESTED_MESSAGE);
  },
});

export const resetPasswordAction = publicAction({
  name: "accounts.resetPassword",
  schema: passwordResetSchema,
  handler: async (input) => {
    const { email } = await resetPassword(input);
    return success({ email }, "Your password has been changed. Sign in with the new one.");
  },
});

export const updateProfileAction = userAction({
  name: "accounts.updateProfile",
  schema: profileSchema,
  handler: async (input, user) => {
    const profile = await updateProfile(user.id, input);
    revalidatePath("/", "layout"); // the header shows the name; dates follow the time zone
    return success(profile, "Profile saved.");
  },
});

export const changePasswordAction = userAction({
  name: "accounts.changePassword",
  schema: changePasswordSchema,
  handler: async (input, user) => {
    await changePassword(user.id, input);
    return success(undefined, "Password changed.");
  },
});

export const deleteAccountAction = userAction({
  name: "accounts.deleteAccount",
  schema: deleteAccountSchema,
  handler: async ({ confirmEmail }, user) => {
    await deleteAccount(user.id, confirmEmail);
    // The form signs out next, which clears the session cookie.
    return success(undefined, "Your account has been deleted.");
  },
});
