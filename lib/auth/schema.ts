import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { requiredText } from "@/lib/validation/fields";

/** Sign-up, sign-in and password reset: one zod schema per input, shared by the forms and the server actions. */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Trimmed and lower-cased before it is checked, so "  Ada@Example.COM " is ada@example.com. */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email({ error: "Enter a valid email address, like name@example.com." })
      .max(254, { error: "That email address is too long." }),
  );

/** A password someone is choosing now (sign-up, change, reset). */
export const newPasswordSchema = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, { error: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` })
  .refine((password) => !isCommonPassword(password), {
    error: "This password is too common or predictable. Choose another one, such as a few unrelated words.",
  });

export const PASSWORD_IS_EMAIL_MESSAGE = "Don't use your email address as your password.";

/**
 * Control characters and bidirectional formatting (U+202A–U+202E overrides, U+2066–U+2069
 * isolates, the marks U+200E, U+200F, U+061C): a name is shown next to other people's text and
 * exported, and a right-to-left override would make "Ann\u202Egnp.exe" read as "Annexe.png".
 */
const UNSAFE_NAME_CHARACTER = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
export const UNSAFE_NAME_MESSAGE =
  "Use letters, numbers, spaces and punctuation only: no control or text-direction characters.";

export const nameSchema = requiredText("Enter your name.", 100).refine((name) => !UNSAFE_NAME_CHARACTER.test(name), {
  error: UNSAFE_NAME_MESSAGE,
});

/**
 * `?invite=<token>` carried by the sign-up form: a cohort invitation to accept with the new
 * account. Anything malformed is dropped, never an error: sign-up works with or without it.
 */
const inviteTokenSchema = z.string().trim().min(1).max(200).optional().catch(undefined);

export const signUpSchema = z
  .object({ name: nameSchema, email: emailSchema, password: newPasswordSchema, invite: inviteTokenSchema })
  .refine((input) => input.password.trim().toLowerCase() !== input.email, {
    path: ["password"],
    error: PASSWORD_IS_EMAIL_MESSAGE,
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

/** `/sign-in?notice=signed-up`: where sign-up ends, the same for a new and an existing email. */
export const SIGNED_UP_NOTICE = "signed-up";
export const SIGNED_UP_PATH = `/sign-in?notice=${SIGNED_UP_NOTICE}`;
export const SIGNED_UP_MESSAGE =
  "Your account is ready: sign in with your email and password. If you already had an account with this email, we've emailed you instead.";

/** Sign-in checks nothing but shape: the rules for new passwords must not lock out old ones. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Enter your password." }).max(1024),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const confirmPasswordSchema = z.string({ error: "Repeat the new password." });

export const RESET_REQUESTED_MESSAGE =
  "If an account exists for that email, we have sent a link to reset its password. It works for one hour.";

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const INVALID_RESET_LINK_MESSAGE = "This reset link is invalid or has expired. Request a new one.";

export const passwordResetSchema = z
  .object({
    // 32 random bytes, base64url: 43 characters.
    token: z
      .string({ error: INVALID_RESET_LINK_MESSAGE })
      .regex(/^[A-Za-z0-9_-]{43}$/, { error: INVALID_RESET_LINK_MESSAGE }),
    password: newPasswordSchema,
    confirmPassword: confirmPasswordSchema,
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two passwords don't match.",
  });
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;
