import { asCaller, apiToken } from "../../support/api";
import { seededGuide, testDb } from "../../support/db";
import { LEARNERS_ONLY, PUBLIC, self, type CallContext, type Rules } from "./rules";

/**
 * The public API (/api/v1) reaches a learner's own records through their personal access
 * token: each request carries the caller's own token (a guest sends none: 401), so
 * "learner-other" acts on their own records; reaching another learner's entry by id is a 404,
 * covered in tests/integration/api-auth.test.ts with revoked, expired and read-only tokens.
 * Mentors' and admins' tokens are refused (403): their scopes are not part of the API yet.
 * The tokens route is the one that takes a browser session instead (same-origin only).
 */

const ENTRY = { date: "2026-03-02", minutes: 30, phase: 1 };
const ownEntry = async (context: CallContext) =>
  testDb().timeEntry.create({
    data: {
      learnerId: self(context).id,
      phaseId: (await seededGuide()).phases[0]!.id,
      date: new Date("2026-03-02T00:00:00Z"),
      minutes: 30,
    },
  });
const idOf = (_context: unknown, request: Request) => ({ id: new URL(request.url).pathname.split("/").at(-1)! });

export const rules: Rules = {
  "app/api/v1/tokens/route.ts#POST": {
    expect: LEARNERS_ONLY,
    request: () =>
      new Request("http://localhost/api/v1/tokens", {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: "http://localhost", "Sec-Fetch-Site": "same-origin" },
        body: JSON.stringify({ name: "Editor plugin", scope: "READ_WRITE", expiresInDays: 30 }),
      }),
  },
  "app/api/v1/me/route.ts#GET": { expect: LEARNERS_ONLY, request: ({ caller }) => asCaller(caller, "/api/v1/me") },
  "app/api/v1/progress/route.ts#GET": {
    expect: LEARNERS_ONLY,
    request: ({ caller }) => asCaller(caller, "/api/v1/progress"),
  },
  "app/api/v1/time-entries/route.ts#GET": {
    expect: LEARNERS_ONLY,
    request: ({ caller }) => asCaller(caller, "/api/v1/time-entries"),
  },
  "app/api/v1/time-entries/route.ts#POST": {
    expect: LEARNERS_ONLY,
    request: ({ caller }) => asCaller(caller, "/api/v1/time-entries", { json: ENTRY }),
  },
  "app/api/v1/time-entries/[id]/route.ts#PATCH": {
    expect: LEARNERS_ONLY,
    request: async (context) =>
      asCaller(context.caller, `/api/v1/time-entries/${(await ownEntry(context)).id}`, {
        method: "PATCH",
        json: { minutes: 45 },
      }),
    params: idOf,
  },
  "app/api/v1/time-entries/[id]/route.ts#DELETE": {
    expect: LEARNERS_ONLY,
    request: async (context) =>
      asCaller(context.caller, `/api/v1/time-entries/${(await ownEntry(context)).id}`, { method: "DELETE" }),
    params: idOf,
  },
  "app/api/v1/time-entries/import/route.ts#POST": {
    expect: LEARNERS_ONLY,
    request: async ({ caller }) =>
      asCaller(caller, "/api/v1/time-entries/import", {
        body: `date,hours,minutes,phase\n2026-03-02,1,0,${(await seededGuide()).phases[0]!.key}\n`,
        headers: { "Content-Type": "text/csv" },
      }),
  },
  "app/api/v1/timer/route.ts#GET": {
    expect: LEARNERS_ONLY,
    request: ({ caller }) => asCaller(caller, "/api/v1/timer"),
  },
  "app/api/v1/timer/route.ts#POST": {
    expect: LEARNERS_ONLY,
    request: ({ caller }) => asCaller(caller, "/api/v1/timer", { json: { phase: 1 } }),
  },
  "app/api/v1/timer/stop/route.ts#POST": {
    expect: LEARNERS_ONLY,
    request: async (context) => {
      if (context.caller)
        await testDb().runningTimer.create({
          data: {
            learnerId: context.caller.id,
            phaseId: (await seededGuide()).phases[0]!.id,
            startedAt: new Date(Date.now() - 30 * 60_000),
          },
        });
      return asCaller(context.caller, "/api/v1/timer/stop", { json: {} });
    },
  },
  // The API's reference: public, it holds no one's data.
  "app/api/v1/openapi.json/route.ts#GET": {
    expect: PUBLIC,
    request: () => new Request("http://localhost/api/v1/openapi.json"),
  },
  // The account page's token list: learners only, each on their own tokens.
  "lib/api/actions.ts#createApiTokenAction": {
    expect: LEARNERS_ONLY,
    input: () => ({ name: "Editor plugin", scope: "READ", expiresInDays: "30" }),
  },
  "lib/api/actions.ts#revokeApiTokenAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => {
      const secret = await apiToken(self(context).id);
      const row = await testDb().apiToken.findFirstOrThrow({
        where: { userId: self(context).id, prefix: secret.slice(0, 12) },
      });
      return { id: row.id };
    },
  },
};
