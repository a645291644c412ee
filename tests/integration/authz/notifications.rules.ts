import { testDb } from "../../support/db";
import { PERSONAS, SIGNED_IN, self, type Expectations, type Rules } from "./rules";

/** No session opens it, admin included. */
const NO_SESSION = Object.fromEntries(PERSONAS.map((p) => [p, "denied"])) as Expectations;

/** Notifications: each user acts on their own (no user id in the input). */
export const rules: Rules = {
  "lib/notifications/actions.ts#markNotificationReadAction": {
    expect: SIGNED_IN,
    input: async (context) => {
      const mine = await testDb().notification.create({
        data: { userId: self(context).id, kind: "review.comment", title: "A comment", body: "…" },
        select: { id: true },
      });
      return { id: mine.id };
    },
  },
  "lib/notifications/actions.ts#markAllNotificationsReadAction": { expect: SIGNED_IN, input: () => ({}) },
  "lib/notifications/actions.ts#setDigestOptOutAction": { expect: SIGNED_IN, input: () => ({ optOut: true }) },
  // The scheduler's endpoint: only the CRON_SECRET bearer opens it, never a session. Unset in
  // the test environment, so every call is refused (the secret's own checks are in
  // notifications.test.ts).
  "app/api/cron/digest/route.ts#GET": {
    expect: NO_SESSION,
    request: () => new Request("http://localhost/api/cron/digest"),
  },
};
