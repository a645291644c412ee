import { z } from "zod";
import { browserTimeZone, isSupportedTimeZone } from "@/lib/account/time-zones";
import { confirmPasswordSchema, nameSchema, newPasswordSchema, signUpSchema } from "@/lib/auth/schema";
import { COLOR_SCHEMES } from "@/lib/ui/color-scheme";

/** The account pages' inputs: one zod schema per input, shared by the forms and the server actions. */

export const profileSchema = z.object({
  name: nameSchema,
  timeZone: z
    .string({ error: "Choose a time zone." })
    .refine(isSupportedTimeZone, { error: "Choose a time zone from the list." }),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const colorSchemeSchema = z.object({
  colorScheme: z.enum(COLOR_SCHEMES, { error: "Choose system, light or dark." }),
});
export type ColorSchemeInput = z.infer<typeof colorSchemeSchema>;

/**
 * Sign-up with the browser's time zone, from a hidden field a script fills. Never a reason to
 * refuse: absent (no script) or unknown, the account starts on UTC, unset, and the first
 * signed-in page sets it from the browser.
 */
export const signUpWithTimeZoneSchema = signUpSchema.safeExtend({
  timeZone: z.unknown().optional().transform(browserTimeZone),
});
export type SignUpWithTimeZoneInput = z.output<typeof signUpWithTimeZoneSchema>;

/** The first signed-in page's report of the browser's zone (for accounts whose zone was never set). */
export const browserTimeZoneSchema = z.object({
  timeZone: z
    .string({ error: "Choose a time zone." })
    .refine((zone) => browserTimeZone(zone) !== null, { error: "Choose a time zone from the list." })
    .transform((zone) => browserTimeZone(zone)!),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, { error: "Enter your current password." }),
    newPassword: newPasswordSchema,
    confirmPassword: confirmPasswordSchema,
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two new passwords don't match.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    error: "Choose a password different from your current one.",
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const deleteAccountSchema = z.object({
  confirmEmail: z
    .string({ error: "Type your email address to confirm." })
    .trim()
    .toLowerCase()
    .min(1, { error: "Type your email address to confirm." }),
  /** Asked of accounts that have a password (checked in lib/account/mutations.ts). */
  password: z.string({ error: "Enter your password." }).max(1024, { error: "Enter your password." }).optional(),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

/** "Sign out everywhere" takes no input: whatever a form sends is ignored. */
export const signOutEverywhereSchema = z.object({});
