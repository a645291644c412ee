"use server";

import { revalidatePath } from "next/cache";
import { changePassword, deleteAccount, signOutEverywhere, updateProfile } from "@/lib/account/mutations";
import {
  changePasswordSchema,
  deleteAccountSchema,
  profileSchema,
  signOutEverywhereSchema,
} from "@/lib/account/schema";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { requestClientIp } from "@/lib/security/request-ip";

/**
 * Account actions act on the signed-in user only: none takes a user id, so none can reach
 * another account.
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
