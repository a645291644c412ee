import { randomUUID } from "node:crypto";
import { createPasswordResetToken } from "@/lib/accounts/password-reset";
import { TEST_PASSWORD } from "../../support/auth";
import { PUBLIC, SIGNED_IN, self, type Rules } from "./rules";

const STRONG = "granite kettle orbit lantern";

export const rules: Rules = {
  "lib/accounts/actions.ts#signUpAction": {
    expect: PUBLIC,
    input: () => ({ name: "New Person", email: `matrix-${randomUUID()}@test.skilltrail.dev`, password: STRONG }),
  },
  "lib/accounts/actions.ts#requestPasswordResetAction": {
    expect: PUBLIC,
    input: ({ target }) => ({ email: target.email }),
  },
  // The token is the credential: whoever holds the link may use it, signed in or not.
  "lib/accounts/actions.ts#resetPasswordAction": {
    expect: PUBLIC,
    input: async ({ target }) => ({
      token: await createPasswordResetToken(target.id),
      password: STRONG,
      confirmPassword: STRONG,
    }),
  },
  "lib/accounts/actions.ts#updateProfileAction": {
    expect: SIGNED_IN,
    input: () => ({ name: "Renamed", timeZone: "Asia/Tokyo" }),
  },
  "lib/accounts/actions.ts#changePasswordAction": {
    expect: SIGNED_IN,
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: STRONG, confirmPassword: STRONG }),
  },
  "lib/accounts/actions.ts#deleteAccountAction": {
    expect: SIGNED_IN,
    input: (context) => ({ confirmEmail: self(context).email }),
  },
  "app/api/account/export/route.ts#GET": {
    expect: SIGNED_IN,
    request: () => new Request("http://localhost/api/account/export"),
  },
  // Load-balancer probe: public, says only up or down.
  "app/api/health/route.ts#GET": { expect: PUBLIC, request: () => new Request("http://localhost/api/health") },
  // next-auth's own endpoints are public by design. The credentials checks behind them are in
  // sign-in-and-reset.test.ts; the endpoints themselves run in the browser tests.
  "app/api/auth/[...nextauth]/route.ts#GET": {
    expect: PUBLIC,
    coveredBy: "tests/e2e/auth.spec.ts (session, sign-out)",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    expect: PUBLIC,
    coveredBy: "tests/e2e/auth.spec.ts (sign-in, sign-out)",
  },
};
