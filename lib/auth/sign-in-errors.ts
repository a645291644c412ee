/**
 * What the credentials provider reports to the browser and how the sign-in form words it.
 * next-auth passes a thrown error's message to `signIn()`'s `error` field, so the server
 * throws these codes only (never a raw error) and the client turns them into sentences.
 */
export const INVALID_CREDENTIALS_MESSAGE = "Email or password is incorrect.";

const RATE_LIMITED_PREFIX = "RateLimited:";

export function rateLimitedCode(retryAfterMinutes: number): string {
  return `${RATE_LIMITED_PREFIX}${retryAfterMinutes}`;
}

export function rateLimitedMessage(retryAfterMinutes: number): string {
  return `Too many sign-in attempts. Try again in ${retryAfterMinutes} ${retryAfterMinutes === 1 ? "minute" : "minutes"}.`;
}

/** Codes next-auth itself puts in `?error=` (OAuth flows) and `signIn()` results. */
const NEXT_AUTH_MESSAGES: Record<string, string> = {
  CredentialsSignin: INVALID_CREDENTIALS_MESSAGE,
  OAuthAccountNotLinked:
    "An account with this email already exists. Sign in with your password; you can link other sign-in methods later.",
  AccessDenied: "This account can't sign in. Contact an administrator if you think this is a mistake.",
  SessionRequired: "Please sign in to continue.",
};

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code.startsWith(RATE_LIMITED_PREFIX)) {
    const minutes = Number.parseInt(code.slice(RATE_LIMITED_PREFIX.length), 10);
    return rateLimitedMessage(Number.isFinite(minutes) && minutes > 0 ? minutes : 15);
  }
  return NEXT_AUTH_MESSAGES[code] ?? "Sign-in failed. Please try again.";
}
