import type { CallContext, Persona } from "../authz/rules";
import { apiToken } from "../../support/api";
import { seededGuide } from "../../support/db";
import { MEGABYTE, UNKNOWN_ID } from "./hostile";

/**
 * Bad input for the public API's route handlers (/api/v1), for routes.test.ts: junk query
 * strings and headers where a route reads none, junk JSON and CSV bodies, junk path ids, each
 * sent with the persona's own valid token (or, for POST /tokens, their session). Every refusal
 * is problem+json with a `detail`. A token's use is recorded on its row (last use, the rate
 * limit's count) even when the request is refused, so ApiToken is the one table that may change.
 */

export type RouteCase = {
  label: string;
  request: Request;
  params?: Record<string, unknown>;
  expect: "refused" | "served";
};
export type RouteSpec =
  | {
      persona: Persona;
      cases: (context: CallContext) => Promise<RouteCase[]>;
      /** Tables a call may write by design (see above); nothing else may change. */
      records?: readonly string[];
    }
  | { coveredBy: string };

const BASE = "http://localhost";
const SCRIPT = "<script>window.__xss=1</script>";
const SQL = `'; DROP TABLE "User"; --`;
const RECORDS = ["ApiToken"] as const;

type Sender = (label: string, init: RequestInit & { query?: string }, expect?: RouteCase["expect"]) => RouteCase;

function sender(path: string, token: string | null, method: string, params?: Record<string, unknown>): Sender {
  return (label, { query = "", headers, ...init }, expect = "refused") => ({
    label,
    request: new Request(`${BASE}${path}${query}`, {
      method,
      ...init,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(headers as Record<string, string>) },
    }),
    params,
    expect,
  });
}

const JSON_TYPE = { "Content-Type": "application/json" };
const json = (value: unknown): RequestInit => ({ body: JSON.stringify(value), headers: JSON_TYPE });

/** Junk in the query string and headers of a route that reads neither: served as usual. */
function readOnlyJunk(send: Sender): RouteCase[] {
  return [
    send("script in the query", { query: `?q=${encodeURIComponent(SCRIPT)}` }, "served"),
    send("SQL in the query", { query: `?sort=${encodeURIComponent(SQL)}` }, "served"),
    send("a 1 MB query value", { query: `?sort=${MEGABYTE}` }, "served"),
    send("repeated and empty parameters", { query: "?sort=&sort=total&dir" }, "served"),
    send(
      "a wrong content type",
      { headers: { "Content-Type": "text/xml; charset=x-junk", Accept: "image/png" } },
      "served",
    ),
    send("a junk cookie", { headers: { Cookie: `next-auth.session-token=junk` } }, "served"),
  ];
}

/** Bodies no JSON route accepts: not JSON, malformed, not an object, the wrong type at each field. */
function junkJson(send: Sender, fields: Record<string, unknown>): RouteCase[] {
  const cases = [
    send("no content type", { body: JSON.stringify(fields) }),
    send("a form body", { body: "a=1", headers: { "Content-Type": "application/x-www-form-urlencoded" } }),
    send("malformed JSON", { body: "{", headers: JSON_TYPE }),
    send("a JSON array", json([fields])),
    send("a JSON string", json(SCRIPT)),
    send("JSON null", json(null)),
    send("an unknown field", json({ ...fields, isAdmin: true })),
    send("a NUL character in a key", json({ ...fields, "a\u0000b": 1 })),
  ];
  for (const key of Object.keys(fields)) {
    cases.push(
      send(`an object as ${key}`, json({ ...fields, [key]: { $ne: null } })),
      send(`an array as ${key}`, json({ ...fields, [key]: [SQL] })),
      send(`a 1 MB ${key}`, json({ ...fields, [key]: MEGABYTE })),
      send(`a NUL character in ${key}`, json({ ...fields, [key]: "a\u0000b" })),
    );
  }
  return cases;
}

/** Ids no learner's entry has. */
function junkIds(path: (id: string) => string, token: string, method: string, body?: RequestInit): RouteCase[] {
  return [
    ["an empty id", ""],
    ["an unknown id", UNKNOWN_ID],
    ["a script id", SCRIPT],
    ["an SQL id", SQL],
    ["a LIKE wildcard id", "%"],
    ["a 1 MB id", MEGABYTE],
    ["a NUL in the id", "a\u0000b"],
    ["no id", undefined],
    ["a list of ids", [UNKNOWN_ID, UNKNOWN_ID]],
  ].map(([label, id]) => sender(path("x"), token, method, { id })(label as string, body ?? {}));
}

const tokenFor = (context: CallContext) => apiToken(context.caller!.id);

const readRoute = (path: string): RouteSpec => ({
  persona: "learner-self",
  records: RECORDS,
  cases: async (context) => readOnlyJunk(sender(path, await tokenFor(context), "GET")),
});

export const API_ROUTE_SPECS: Record<string, RouteSpec> = {
  "app/api/v1/me/route.ts#GET": readRoute("/api/v1/me"),
  "app/api/v1/progress/route.ts#GET": readRoute("/api/v1/progress"),
  "app/api/v1/timer/route.ts#GET": readRoute("/api/v1/timer"),
  "app/api/v1/openapi.json/route.ts#GET": {
    persona: "guest",
    cases: async () => readOnlyJunk(sender("/api/v1/openapi.json", null, "GET")),
  },
  // Unknown parameters are ignored; a malformed filter, limit or cursor is a 400.
  "app/api/v1/time-entries/route.ts#GET": {
    persona: "learner-self",
    records: RECORDS,
    cases: async (context) => {
      const send = sender("/api/v1/time-entries", await tokenFor(context), "GET");
      return [
        ...readOnlyJunk(send),
        send("a script as the date", { query: `?from=${encodeURIComponent(SCRIPT)}` }),
        send("SQL as the phase", { query: `?phase=${encodeURIComponent(SQL)}` }),
        send("an impossible date", { query: "?to=2026-02-30" }),
        send("a NUL in the sub-skill", { query: "?subSkill=a%00b" }),
        send("a 1 MB cursor", { query: `?cursor=${MEGABYTE}` }),
        send("a forged cursor", { query: `?cursor=${Buffer.from('{"d":"x"}').toString("base64url")}` }),
        send("a negative limit", { query: "?limit=-1" }),
        send("a huge limit", { query: "?limit=99999999999999999999" }),
      ];
    },
  },
  "app/api/v1/time-entries/route.ts#POST": {
    persona: "learner-self",
    records: RECORDS,
    cases: async (context) => {
      const send = sender("/api/v1/time-entries", await tokenFor(context), "POST");
      const valid = { date: "2026-03-02", minutes: 30, phase: 1, note: "n" };
      return [
        ...junkJson(send, valid),
        send("an impossible date", json({ ...valid, date: "2026-02-30" })),
        send("negative minutes", json({ ...valid, minutes: -30 })),
        send("fractional minutes", json({ ...valid, minutes: 1.5 })),
        send("phase 0", json({ ...valid, phase: 0 })),
        send("a script as the duration", json({ date: valid.date, phase: 1, duration: SCRIPT })),
        send("an Idempotency-Key with spaces", { ...json(valid), headers: { ...JSON_TYPE, "Idempotency-Key": "a b" } }),
      ];
    },
  },
  "app/api/v1/time-entries/[id]/route.ts#PATCH": {
    persona: "learner-self",
    records: RECORDS,
    cases: async (context) => {
      const token = await tokenFor(context);
      return junkIds((id) => `/api/v1/time-entries/${id}`, token, "PATCH", json({ minutes: 10 }));
    },
  },
  "app/api/v1/time-entries/[id]/route.ts#DELETE": {
    persona: "learner-self",
    records: RECORDS,
    cases: async (context) => junkIds((id) => `/api/v1/time-entries/${id}`, await tokenFor(context), "DELETE"),
  },
  "app/api/v1/time-entries/import/route.ts#POST": {
    persona: "learner-self",
    records: RECORDS,
    cases: async (context) => {
      const send = sender("/api/v1/time-entries/import", await tokenFor(context), "POST");
      const csv = (body: string, query = ""): RequestInit & { query: string } => ({
        body,
        query,
        headers: { "Content-Type": "text/csv" },
      });
      const phase = (await seededGuide()).phases[0]!.key;
      return [
        send("JSON instead of CSV", json({ csv: "date" })),
        send("no content type", { body: "date,hours\n" }),
        send("an empty file", csv("")),
        send("a NUL in the file", csv(`date,hours,phase\n2026-03-02,1,a\u0000b\n`)),
        send("a binary file", csv("\u0001\u0002\u0003\uffff")),
        send("script rows", csv(`date,hours,phase\n${SCRIPT},1,${phase}\n`)),
        send("SQL rows", csv(`date,hours,phase\n2026-03-02,1,${SQL}\n`)),
        send("a junk dryRun", csv(`date,hours,phase\n2026-03-02,1,${phase}\n`, "?dryRun=%3Cb%3E")),
        send("a junk dateOrder", csv(`date,hours,phase\n2026-03-02,1,${phase}\n`, "?dateOrder=ymd")),
        // A preview writes nothing, whatever the file holds.
        send("script rows, previewed", csv(`date,hours,phase\n${SCRIPT},1,${phase}\n`, "?dryRun=1"), "served"),
      ];
    },
  },
  "app/api/v1/timer/route.ts#POST": {
    persona: "learner-self",
    records: RECORDS,
    cases: async (context) =>
      junkJson(sender("/api/v1/timer", await tokenFor(context), "POST"), { phase: 1, subSkill: null, note: "n" }),
  },
  // No timer runs: whatever the body, nothing can be stopped.
  "app/api/v1/timer/stop/route.ts#POST": {
    persona: "learner-self",
    records: RECORDS,
    cases: async (context) => {
      const send = sender("/api/v1/timer/stop", await tokenFor(context), "POST");
      return [...junkJson(send, { minutes: 30, phase: 1 }), send("no body, no timer", {})];
    },
  },
  // A browser session's: junk bodies, and requests that are not same-origin.
  "app/api/v1/tokens/route.ts#POST": {
    persona: "learner-self",
    cases: async () => {
      const origin = { Origin: BASE, "Sec-Fetch-Site": "same-origin" };
      const base = sender("/api/v1/tokens", null, "POST");
      const send: Sender = (label, init, expect) =>
        base(label, { ...init, headers: { ...origin, ...(init.headers as Record<string, string>) } }, expect);
      const valid = { name: "CLI", scope: "READ", expiresInDays: 30 };
      return [
        ...junkJson(send, valid),
        send("an unknown scope", json({ ...valid, scope: "ADMIN" })),
        send("an expiry of 1000 days", json({ ...valid, expiresInDays: 1000 })),
        base("no Origin", json(valid)),
        base("another site", { ...json(valid), headers: { ...JSON_TYPE, Origin: "https://evil.example" } }),
        base("a cross-site fetch", {
          ...json(valid),
          headers: { ...JSON_TYPE, Origin: BASE, "Sec-Fetch-Site": "cross-site" },
        }),
      ];
    },
  },
};
