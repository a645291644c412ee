import { PUBLIC, type Rules } from "./rules";

export const rules: Rules = {
  "app/api/auth/[...nextauth]/route.ts#GET": {
    expect: PUBLIC,
    coveredBy: "tests/e2e/auth.spec.ts (session, sign-out)",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    expect: PUBLIC,
    coveredBy: "tests/e2e/auth.spec.ts (sign-in, sign-out)",
  },
};
