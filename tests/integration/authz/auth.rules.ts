import { randomUUID } from "node:crypto";
import { createPasswordResetToken } from "@/lib/auth/password-reset";
import { PUBLIC, type Rules } from "./rules";

const STRONG = "granite kettle orbit lantern";

export const rules: Rules = {
  "lib/auth/actions.ts#signUpAction": {
    expect: PUBLIC,
    input: () => ({ name: "New Person", email: `matrix-${randomUUID()}@test.skilltrail.dev`, password: STRONG }),
  },
  "lib/auth/actions.ts#requestPasswordResetAction": {
    expect: PUBLIC,
    input: ({ target }) => ({ email: target.email }),
  },
  "lib/auth/actions.ts#resetPasswordAction": {
    expect: PUBLIC,
    input: async ({ target }) => ({
      token: await createPasswordResetToken(target.id),
      password: STRONG,
      confirmPassword: STRONG,
    }),
  },
  "app/api/auth/[...nextauth]/route.ts#GET": {
    expect: PUBLIC,
    coveredBy: "tests/e2e/auth.spec.ts (session, sign-out)",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    expect: PUBLIC,
    coveredBy: "tests/e2e/auth.spec.ts (sign-in, sign-out)",
  },
};
