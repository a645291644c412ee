/**
 * The two expected failures of every guard. Server actions turn them into safe messages
 * (lib/actions/safe-action.ts); route handlers into 401 / 403; pages use the redirecting
 * guard variants instead (lib/auth/page-guards.ts).
 */

/** No signed-in, active user. */
export class AuthenticationError extends Error {
  override readonly name = "AuthenticationError";
  constructor(message = "Please sign in to continue.") {
    super(message);
  }
}

/** Signed in, but this user may not do this. */
export class AuthorizationError extends Error {
  override readonly name = "AuthorizationError";
  constructor(message = "You don't have access to this.") {
    super(message);
  }
}
