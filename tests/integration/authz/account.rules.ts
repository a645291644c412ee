import { randomUUID } from "node:crypto";
import { createPasswordResetToken } from "@/lib/account/password-reset";
import { TEST_PASSWORD } from "../../support/auth";
import { SIGNED_IN, PUBLIC, self, type Rules } from "./rules";

const STRONG = "granite kettle orbit lantern";

export const rules: Rules = {
  "lib/account/actions.ts#signUpAction": {
    expect: PUBLIC,
    input: () => ({
      name: "New Person",
      email: `matrix-${randomUUID()}@test.skilltrail.dev`,
      password: STRONG,
      timeZone: "Europe/Paris",
    }),
  },
  "lib/account/actions.ts#requestPasswordResetAction": {
    expect: PUBLIC,
    input: ({ target }) => ({ email: target.email }),
  },
  // The token is the credential: whoever holds the link may use it, signed in or not.
  "lib/account/actions.ts#resetPasswordAction": {
    expect: PUBLIC,
    input: async ({ target }) => ({
      token: await createPasswordResetToken(target.id),
      password: STRONG,
      confirmPassword: STRONG,
    }),
  },
  "lib/account/actions.ts#updateProfileAction": {
    expect: SIGNED_IN,
    input: () => ({ name: "Renamed", timeZone: "Asia/Tokyo" }),
  },
  // The caller's own account only: it takes no user id (tests/integration/account-color-scheme.test.ts).
  "lib/account/actions.ts#setColorSchemeAction": {
    expect: SIGNED_IN,
    input: () => ({ colorScheme: "dark" }),
  },
  // Sets the caller's own zone, and only while it was never set: no id, no one else's account.
  "lib/account/actions.ts#setBrowserTimeZoneAction": {
    expect: SIGNED_IN,
    input: () => ({ timeZone: "Asia/Tokyo" }),
  },
  "lib/account/actions.ts#changePasswordAction": {
    expect: SIGNED_IN,
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: STRONG, confirmPassword: STRONG }),
  },
  "lib/account/actions.ts#deleteAccountAction": {
    expect: SIGNED_IN,
    input: (context) => ({ confirmEmail: self(context).email, password: TEST_PASSWORD }),
  },
  // Ends the caller's own sessions only: it takes no user id.
  "lib/account/actions.ts#signOutEverywhereAction": { expect: SIGNED_IN, input: () => ({}) },
  "app/api/account/export/route.ts#GET": {
    expect: SIGNED_IN,
    request: () => new Request("http://localhost/api/account/export"),
  },
  // Load-balancer probe: public, says only up or down.
  "app/api/health/route.ts#GET": { expect: PUBLIC, request: () => new Request("http://localhost/api/health") },
  // next-auth's own endpoints are public by design. The credentials checks behind them are in
  // sign-in-and-reset.test.ts; the endpoints themselves run in the browser tests.
};
