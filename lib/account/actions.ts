"use server";

import { revalidatePath } from "next/cache";
import {
  changePassword,
  deleteAccount,
  setBrowserTimeZone,
  setColorScheme,
  signOutEverywhere,
  updateProfile,
} from "@/lib/account/mutations";
import {
  browserTimeZoneSchema,
  changePasswordSchema,
  colorSchemeSchema,
  deleteAccountSchema,
  profileSchema,
  signOutEverywhereSchema,
  signUpWithTimeZoneSchema,
} from "@/lib/account/schema";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { success } from "@/lib/actions/result";
import { afterResponse } from "@/lib/actions/after-response";
import { postedWithoutScript } from "@/lib/actions/progressive";
import { publicAction, userAction } from "@/lib/actions/safe-action";
import { sendExistingAccountEmail, sendPasswordResetEmail } from "@/lib/mail";
import { requestClientIp } from "@/lib/security/request-ip";
import { requestPasswordReset, resetPassword } from "@/lib/account/password-reset";
import {
  RESET_REQUESTED_MESSAGE,
  passwordResetRequestSchema,
  passwordResetSchema,
  SIGNED_UP_MESSAGE,
  SIGNED_UP_PATH,
} from "@/lib/auth/schema";
import { signUp } from "@/lib/account/sign-up";

/**
 * The account's life: sign-up and password reset (public, acting on their input alone), then
 * the /account pages' actions, which act on the signed-in user only: none takes a user id, so
 * none can reach another account.
 */

export const updateProfileAction = userAction({
  name: "account.updateProfile",
  schema: profileSchema,
  handler: async (input, user) => {
    const profile = await updateProfile(user.id, input);
    revalidatePath("/", "layout"); // the header shows the name; dates follow the time zone
    return success(profile, "Profile saved.");
  },
});

export const setColorSchemeAction = userAction({
  name: "account.setColorScheme",
  schema: colorSchemeSchema,
  handler: async (input, user) => {
    const saved = await setColorScheme(user.id, input);
    revalidatePath("/", "layout"); // the root layout writes the scheme on <html>
    return success(saved, "Colour scheme saved.");
  },
});

/** Sent once by the first signed-in page of an account whose zone was never set (components/account/browser-time-zone.tsx). */
export const setBrowserTimeZoneAction = userAction({
  name: "account.setBrowserTimeZone",
  schema: browserTimeZoneSchema,
  handler: async ({ timeZone }, user) => {
    const zone = await setBrowserTimeZone(user.id, timeZone);
    revalidatePath("/", "layout"); // today, the streak and the heatmap follow the zone
    return success({ timeZone: zone });
  },
});

export const changePasswordAction = userAction({
  name: "account.changePassword",
  schema: changePasswordSchema,
  handler: async (input, user) => {
    await changePassword(user.id, input, await requestClientIp());
    return success(undefined, "Password changed.");
  },
});

export const deleteAccountAction = userAction({
  name: "account.deleteAccount",
  schema: deleteAccountSchema,
  handler: async (input, user) => {
    await deleteAccount(user.id, input, await requestClientIp());
    // The form signs out next, which clears the session cookie.
    return success(undefined, "Your account has been deleted.");
  },
});

export const signOutEverywhereAction = userAction({
  name: "account.signOutEverywhere",
  schema: signOutEverywhereSchema,
  handler: async (_input, user) => {
    const ended = await signOutEverywhere(user);
    // This device's session ended too: the form sends the browser to sign in again.
    return success(
      undefined,
      `Signed out of ${ended} ${ended === 1 ? "session" : "sessions"}, this one included. Sign in again to continue.`,
    );
  },
});

/**
 * Sign-up ends on the sign-in page whether or not the email already had an account (its owner
 * gets an email instead): signing in at once would tell a stranger which emails are new. The
 * form navigates there; a form posted before JavaScript loaded is redirected there.
 */
export const signUpAction = publicAction({
  name: "account.signUp",
  schema: signUpWithTimeZoneSchema,
  handler: async (input) => {
    await signUp(input, await requestClientIp(), (email) => afterResponse(() => sendExistingAccountEmail(email)));
    if (await postedWithoutScript()) redirect(SIGNED_UP_PATH);
    return success({ next: SIGNED_UP_PATH }, SIGNED_UP_MESSAGE);
  },
});

export const requestPasswordResetAction = publicAction({
  name: "account.requestPasswordReset",
  schema: passwordResetRequestSchema,
  handler: async ({ email }) => {
    // Mail goes out after the response, so its timing does not tell whether the account exists.
    await requestPasswordReset(email, async (to, link) => after(() => sendPasswordResetEmail(to, link)));
    return success(undefined, RESET_REQUESTED_MESSAGE);
  },
});

export const resetPasswordAction = publicAction({
  name: "account.resetPassword",
  schema: passwordResetSchema,
  handler: async (input) => {
    const { email } = await resetPassword(input);
    return success({ email }, "Your password has been changed. Sign in with the new one.");
  },
});
