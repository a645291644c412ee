import { describe, expect, it } from "vitest";
import { signInAs } from "../../support/action-mocks";
import type { Persona } from "../authz/rules";

/**
 * Bad input for every route handler (issue 6): junk query parameters, path parameters and
 * headers, called by a persona allowed to use the handler. Each must answer 4xx with a readable
 * JSON error, or serve normally where the junk is legitimately ignored (a health check reads no
 * input, an unknown sort falls back to the default), never throw (a 500), and leave the
 * database unchanged. None of these handlers reads a request body; the one that does
 * (next-auth's POST) runs in the browser suite, which sends it malformed JSON and wrong content
 * types over real HTTP. A handler without an entry here fails "has a bad-input spec".
 */

const { createTestCohort } = await import("../../support/cohorts");
const { createSubmittedFile } = await import("../../support/attachments");
const { changedTables, databaseChecksum } = await import("../../support/db-checksum");
const { enumerateTargets, personaContext } = await import("../../support/targets");
const { MEGABYTE, UNKNOWN_ID } = await import("./hostile");

const { API_ROUTE_SPECS } = await import("./api-route-specs");
type RouteCase = import("./api-route-specs").RouteCase;
type RouteSpec = import("./api-route-specs").RouteSpec;

const BASE = "http://localhost";
const SCRIPT = "<script>window.__xss=1</script>";
const SQL = `'; DROP TABLE "User"; --`;

/** Junk in the query string: markup, SQL, a 1 MB value, repeated and empty parameters. */
function junkQueries(path: string, expect: RouteCase["expect"]): RouteCase[] {
  const query = (label: string, search: string): RouteCase => ({
    label,
    request: new Request(`${BASE}${path}?${search}`),
    expect,
  });
  return [
    query("script in the query", `q=${encodeURIComponent(SCRIPT)}&sort=${encodeURIComponent(SCRIPT)}`),
    query("SQL in the query", `sort=${encodeURIComponent(SQL)}&dir=${encodeURIComponent(SQL)}`),
    query("a 1 MB query value", `sort=${MEGABYTE}`),
    query("repeated and empty parameters", "sort=&sort=total&dir&dir=up&dir=%00"),
    query("a NUL in the query", "sort=a%00b&dir=%00"),
  ];
}

/** Headers a hand-made request may carry: wrong content types, a malformed JSON declaration. */
function junkHeaders(path: string, expect: RouteCase["expect"]): RouteCase[] {
  const headers = (label: string, init: Record<string, string>): RouteCase => ({
    label,
    request: new Request(`${BASE}${path}`, { headers: init }),
    expect,
  });
  return [
    headers("a JSON content type", { "Content-Type": "application/json", Accept: "application/json" }),
    headers("a wrong content type", { "Content-Type": "text/xml; charset=x-junk", Accept: "image/png" }),
    headers("a junk cookie", { Cookie: `next-auth.session-token=${SQL.replaceAll(";", "")}` }),
  ];
}

const cronAuthorization = (label: string, authorization: string): RouteCase => ({
  label,
  request: new Request(`${BASE}/api/cron/digest`, { headers: { Authorization: authorization } }),
  expect: "refused",
});

const ROUTE_SPECS: Record<string, RouteSpec> = {
  // Read no input at all: whatever the request carries, they serve.
  "app/api/health/route.ts#GET": {
    persona: "guest",
    cases: async () => [...junkQueries("/api/health", "served"), ...junkHeaders("/api/health", "served")],
  },
  "app/api/account/export/route.ts#GET": {
    persona: "learner-self",
    cases: async () => [
      ...junkQueries("/api/account/export", "served"),
      ...junkHeaders("/api/account/export", "served"),
    ],
  },
  "app/api/hours/export/route.ts#GET": {
    persona: "learner-self",
    cases: async () => [...junkQueries("/api/hours/export", "served"), ...junkHeaders("/api/hours/export", "served")],
  },
  // Only the CRON_SECRET bearer opens it (unset here, so nothing does): junk credentials are refused.
  "app/api/cron/digest/route.ts#GET": {
    persona: "admin",
    cases: async () => [
      ...junkQueries("/api/cron/digest", "refused"),
      cronAuthorization("an empty bearer", "Bearer "),
      cronAuthorization("a basic credential", "Basic YWRtaW46YWRtaW4="),
      cronAuthorization("SQL as the bearer", `Bearer ${SQL}`),
      cronAuthorization("script as the bearer", `Bearer ${SCRIPT}`),
      cronAuthorization("a 1 MB bearer", `Bearer ${MEGABYTE}`),
    ],
  },
  // An unknown sort or direction falls back to the default order; an unknown cohort is a 404.
  "app/api/admin/cohorts/[cohortId]/export/route.ts#GET": {
    persona: "admin",
    cases: async ({ target }) => {
      const cohort = await createTestCohort({ learnerIds: [target.id] });
      const path = `/api/admin/cohorts/${cohort.id}/export`;
      const withId = (label: string, cohortId: unknown): RouteCase => ({
        label,
        request: new Request(`${BASE}/api/admin/cohorts/x/export`),
        params: { cohortId },
        expect: "refused",
      });
      return [
        ...junkQueries(path, "served").map((c) => ({ ...c, params: { cohortId: cohort.id } })),
        ...junkHeaders(path, "served").map((c) => ({ ...c, params: { cohortId: cohort.id } })),
        withId("an empty id", ""),
        withId("an unknown id", UNKNOWN_ID),
        withId("a script id", SCRIPT),
        withId("an SQL id", SQL),
        withId("a LIKE wildcard id", "%"),
        withId("a 1 MB id", MEGABYTE),
        withId("a NUL in the id", "a\u0000b"),
        withId("no id", undefined),
        withId("a list of ids", [cohort.id, cohort.id]),
      ];
    },
  },
  // Its filters are the page's: a malformed one (markup, SQL, NUL, a 1 MB actor, an impossible
  // date, an unknown kind) is dropped or matches nothing, and the export is still served.
  "app/api/admin/audit/export/route.ts#GET": {
    persona: "admin",
    cases: async () => {
      const path = "/api/admin/audit/export";
      const filters = (label: string, search: string): RouteCase => ({
        label,
        request: new Request(`${BASE}${path}?${search}`),
        expect: "served",
      });
      return [
        ...junkQueries(path, "served"),
        ...junkHeaders(path, "served"),
        filters("script filters", `actor=${encodeURIComponent(SCRIPT)}&kind=${encodeURIComponent(SCRIPT)}`),
        filters("SQL filters", `actor=${encodeURIComponent(SQL)}&kind=${encodeURIComponent(SQL)}`),
        filters("LIKE wildcards as the actor", "actor=%25_%5C"),
        filters("a NUL in the filters", "actor=a%00b&kind=%00&from=%00"),
        filters("a 1 MB actor", `actor=${MEGABYTE}`),
        filters("impossible dates", "from=2026-02-30&to=yesterday"),
        filters("an unknown kind", "kind=NoSuchKind"),
        filters("repeated filters", "kind=Cohort&kind=User&from=2026-01-01&from=2026-02-01"),
      ];
    },
  },
  // A junk id is a missing file (404, like someone else's); junk queries and headers are ignored.
  "app/api/attachments/[attachmentId]/route.ts#GET": {
    persona: "learner-self",
    cases: async ({ target }) => {
      const { attachmentId } = await createSubmittedFile(target.id);
      const path = `/api/attachments/${attachmentId}`;
      const withId = (label: string, id: unknown): RouteCase => ({
        label,
        request: new Request(`${BASE}/api/attachments/x`),
        params: { attachmentId: id },
        expect: "refused",
      });
      return [
        ...junkQueries(path, "served").map((c) => ({ ...c, params: { attachmentId } })),
        ...junkHeaders(path, "served").map((c) => ({ ...c, params: { attachmentId } })),
        withId("an empty id", ""),
        withId("an unknown id", UNKNOWN_ID),
        withId("a script id", SCRIPT),
        withId("an SQL id", SQL),
        withId("a LIKE wildcard id", "%"),
        withId("a 1 MB id", MEGABYTE),
        withId("a NUL in the id", "a\u0000b"),
        withId("no id", undefined),
        withId("a list of ids", [attachmentId, attachmentId]),
      ];
    },
  },
  // Reads no input: whatever the request carries, it serves the schema.
  "app/api/guides/format-schema/route.ts#GET": {
    persona: "guest",
    cases: async () => [
      ...junkQueries("/api/guides/format-schema", "served"),
      ...junkHeaders("/api/guides/format-schema", "served"),
    ],
  },
  // An unknown or malformed slug is a 404 with a readable error.
  "app/api/admin/guides/[slug]/export/route.ts#GET": {
    persona: "admin",
    cases: async () => {
      const path = "/api/admin/guides/ml-infrastructure/export";
      const params = { slug: "ml-infrastructure" };
      const withSlug = (label: string, slug: unknown): RouteCase => ({
        label,
        request: new Request(`${BASE}/api/admin/guides/x/export`),
        params: { slug },
        expect: "refused",
      });
      return [
        ...junkQueries(path, "served").map((c) => ({ ...c, params })),
        ...junkHeaders(path, "served").map((c) => ({ ...c, params })),
        withSlug("an empty slug", ""),
        withSlug("an unknown slug", "no-such-guide"),
        withSlug("a script slug", SCRIPT),
        withSlug("an SQL slug", SQL),
        withSlug("a LIKE wildcard slug", "%"),
        withSlug("a 1 MB slug", MEGABYTE),
        withSlug("a NUL in the slug", "a\u0000b"),
        withSlug("no slug", undefined),
        withSlug("a list of slugs", ["ml-infrastructure", "ml-infrastructure"]),
      ];
    },
  },
  "app/api/auth/[...nextauth]/route.ts#GET": { coveredBy: "tests/e2e/hostile-input.spec.ts" },
  "app/api/auth/[...nextauth]/route.ts#POST": { coveredBy: "tests/e2e/hostile-input.spec.ts" },
  // The public API (/api/v1): tests/integration/bad-input/api-route-specs.ts.
  ...API_ROUTE_SPECS,
};

const routes = await enumerateTargets("route");

/** Problems with one response: a 5xx, the wrong class of status, an unreadable refusal. */
async function responseProblems(c: RouteCase, response: Response): Promise<string[]> {
  if (response.status >= 500) return [`answered ${response.status}`];
  if (c.expect === "served") return response.ok ? [] : [`answered ${response.status} instead of serving`];
  if (response.status < 400) return [`answered ${response.status} instead of refusing`];
  const body = (await response.json().catch(() => null)) as { error?: unknown; detail?: unknown } | null;
  // The public API answers RFC 9457 problem details: their readable sentence is `detail`.
  const problem = response.headers.get("content-type")?.startsWith("application/problem+json");
  const error = problem ? body?.detail : body?.error;
  if (typeof error !== "string" || error.trim() === "" || /prisma|sqlstate|TypeError|\bat \S+:\d+/i.test(error)) {
    return [`refused without a readable error: ${JSON.stringify(body)?.slice(0, 200)}`];
  }
  return [];
}

describe("bad input to route handlers", () => {
  it("has a bad-input spec for every route handler in the code", () => {
    expect(routes.map((r) => r.id).filter((id) => !(id in ROUTE_SPECS))).toEqual([]);
    const found = new Set(routes.map((r) => r.id));
    expect(Object.keys(ROUTE_SPECS).filter((id) => !found.has(id))).toEqual([]);
  });

  const callable = routes.filter((r) => ROUTE_SPECS[r.id] && "persona" in ROUTE_SPECS[r.id]!);
  it.each(callable.map((r) => [r.id, r] as const))(
    "%s answers junk with a 4xx or serves, and changes nothing",
    async (id, route) => {
      const spec = ROUTE_SPECS[id] as Extract<RouteSpec, { persona: Persona }>;
      const context = await personaContext(spec.persona);
      const cases = await spec.cases(context);
      signInAs(context.caller);
      const problems: string[] = [];
      const exclude = spec.records ?? [];
      const before = await databaseChecksum({ exclude });
      for (const c of cases) {
        try {
          const response = (await route.call(c.request, { params: Promise.resolve(c.params ?? {}) })) as Response;
          problems.push(...(await responseProblems(c, response)).map((p) => `${c.label}: ${p}`));
        } catch (error) {
          problems.push(`${c.label}: threw (a 500 in the app): ${String(error).slice(0, 200)}`);
        }
      }
      const changed = changedTables(before, await databaseChecksum({ exclude }));
      if (changed.length > 0) problems.push(`the calls changed the database: ${changed.join(", ")}`);
      expect(problems).toEqual([]);
    },
  );
});
