import { z } from "zod";
import { RATE_LIMIT_PER_MINUTE } from "@/lib/api/rate-limit";
import * as responses from "@/lib/api/responses";
import {
  createEntrySchema,
  createTokenSchema,
  importQuerySchema,
  listEntriesQuerySchema,
  startTimerSchema,
  stopTimerSchema,
  updateEntrySchema,
} from "@/lib/api/schema";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the handlers validate
 * with (schema.ts) and build answers from (responses.ts) by zod's own z.toJSONSchema (JSON
 * Schema 2020-12, the dialect OpenAPI 3.1 uses). Each operation is registered here once;
 * tests/integration/api-openapi.test.ts fails when a route file's method has no operation or
 * an answer does not validate against it.
 */

type Auth = "read" | "write" | "session" | "none";
type Answer = { description: string; schema?: z.ZodType; contentType?: string };
export type Operation = {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  operationId: string;
  summary: string;
  auth: Auth;
  query?: z.ZodObject;
  pathParams?: string[];
  body?: { json: z.ZodType } | { csv: true };
  responses: Record<number, Answer>;
};

const ok = (description: string, schema?: z.ZodType): Answer => ({ description, schema });

export const OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/api/v1/tokens",
    operationId: "createToken",
    summary: "Create a personal access token (signed-in browser session, same-origin only)",
    auth: "session",
    body: { json: createTokenSchema },
    responses: { 201: ok("The token; `token` is the secret, shown only this once.", responses.createdTokenSchema) },
  },
  {
    method: "get",
    path: "/api/v1/me",
    operationId: "getMe",
    summary: "The learner the token acts for",
    auth: "read",
    responses: { 200: ok("The learner, their active guide and the token.", responses.meSchema) },
  },
  {
    method: "get",
    path: "/api/v1/progress",
    operationId: "getProgress",
    summary: "The dashboard's figures: hours, per phase and sub-skill, level and what is missing, pace, projections",
    auth: "read",
    responses: { 200: ok("The learner's progress.", responses.progressSchema) },
  },
  {
    method: "get",
    path: "/api/v1/time-entries",
    operationId: "listTimeEntries",
    summary: "The learner's time entries, newest first, a page at a time (cursor pagination)",
    auth: "read",
    query: listEntriesQuerySchema,
    responses: { 200: ok("One page.", responses.entryPageSchema) },
  },
  {
    method: "post",
    path: "/api/v1/time-entries",
    operationId: "createTimeEntry",
    summary: "Log time (the daily 24 h cap applies)",
    auth: "write",
    body: { json: createEntrySchema },
    responses: { 201: ok("The entry.", responses.entrySchema) },
  },
  {
    method: "patch",
    path: "/api/v1/time-entries/{id}",
    operationId: "updateTimeEntry",
    summary: "Change some fields of an entry",
    auth: "write",
    pathParams: ["id"],
    body: { json: updateEntrySchema },
    responses: { 200: ok("The entry as changed.", responses.entrySchema) },
  },
  {
    method: "delete",
    path: "/api/v1/time-entries/{id}",
    operationId: "deleteTimeEntry",
    summary: "Delete an entry",
    auth: "write",
    pathParams: ["id"],
    responses: { 204: ok("Deleted.") },
  },
  {
    method: "post",
    path: "/api/v1/time-entries/import",
    operationId: "importTimeEntries",
    summary: "Import a CSV (Skilltrail, Toggl Track or Clockify detailed report); ?dryRun=1 previews",
    auth: "write",
    query: importQuerySchema,
    body: { csv: true },
    responses: {
      200: ok(
        "The preview (dryRun), or nothing new: the file was imported before.",
        z.union([responses.importPreviewSchema, responses.importResultSchema]),
      ),
      201: ok("Imported.", responses.importResultSchema),
    },
  },
  {
    method: "get",
    path: "/api/v1/timer",
    operationId: "getTimer",
    summary: "The running timer, if any",
    auth: "read",
    responses: { 200: ok("The timer.", responses.timerSchema) },
  },
  {
    method: "post",
    path: "/api/v1/timer",
    operationId: "startTimer",
    summary: "Start the timer (one per learner; the same one as the site's header)",
    auth: "write",
    body: { json: startTimerSchema },
    responses: { 201: ok("The started timer.", responses.timerSchema) },
  },
  {
    method: "post",
    path: "/api/v1/timer/stop",
    operationId: "stopTimer",
    summary: "Stop the timer: entries are written, split at the learner's midnights",
    auth: "write",
    body: { json: stopTimerSchema },
    responses: { 201: ok("The entries written.", responses.stoppedTimerSchema) },
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    operationId: "getOpenApi",
    summary: "This document",
    auth: "none",
    responses: { 200: ok("The OpenAPI 3.1 document.", z.looseObject({ openapi: z.string() })) },
  },
];

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io,
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return rest;
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/** The refusals every operation of a kind can answer, beside its own. */
function refusals(op: Operation): Record<string, unknown> {
  const all: Record<string, unknown> = {};
  if (op.auth === "none") return all;
  if (op.body || op.query || op.pathParams) all["400"] = problemResponse("Invalid input: `errors` per field.");
  all["401"] = problemResponse(
    op.auth === "session" ? "Not signed in." : "Missing, unknown, revoked or expired token, or a deactivated account.",
  );
  all["403"] = problemResponse(
    op.auth === "session" ? "Not same-origin, or not a learner." : "Not a learner, or a read-only token writing.",
  );
  if (op.pathParams) all["404"] = problemResponse("No entry of the learner has this id.");
  if (op.method === "post")
    all["409"] = problemResponse(
      "The request with this Idempotency-Key is still running (or cannot be replayed), or a timer conflict.",
    );
  if (op.body) all["415"] = problemResponse("The body is not of the expected content type.");
  if (op.method !== "get")
    all["422"] = problemResponse(
      "Refused by a rule (the daily cap, a phase not in the guide, a reused Idempotency-Key).",
    );
  if (op.auth !== "session")
    all["429"] = {
      ...problemResponse(`More than ${RATE_LIMIT_PER_MINUTE} requests this minute with this token.`),
      headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } },
    };
  all["503"] = problemResponse("The database is unreachable: nothing was saved.");
  return all;
}

function operationObject(op: Operation): Record<string, unknown> {
  const parameters: unknown[] = [];
  for (const name of op.pathParams ?? [])
    parameters.push({ name, in: "path", required: true, schema: { type: "string" } });
  if (op.query) {
    const shape = jsonSchema(op.query, "input") as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, schema] of Object.entries(shape.properties ?? {}))
      parameters.push({ name, in: "query", required: shape.required?.includes(name) ?? false, schema });
  }
  if (op.method === "post" && op.auth !== "none")
    parameters.push({
      name: "Idempotency-Key",
      in: "header",
      required: false,
      description: "The same key and request again answer the first answer; another request with it is a 422.",
      schema: { type: "string", minLength: 1, maxLength: 255 },
    });
  const answers: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(op.responses)) {
    answers[status] = answer.schema
      ? {
          description: answer.description,
          content: { [answer.contentType ?? "application/json"]: { schema: jsonSchema(answer.schema, "output") } },
        }
      : { description: answer.description };
  }
  return {
    operationId: op.operationId,
    summary: op.summary,
    security: op.auth === "none" ? [] : op.auth === "session" ? [{ session: [] }] : [{ bearer: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            content:
              "csv" in op.body
                ? { "text/csv": { schema: { type: "string" } } }
                : { "application/json": { schema: jsonSchema(op.body.json, "input") } },
          },
        }
      : {}),
    responses: { ...answers, ...refusals(op) },
  };
}

let cached: Record<string, unknown> | undefined;

export function openApiDocument(): Record<string, unknown> {
  if (cached) return cached;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operationObject(op);
  cached = {
    openapi: "3.1.0",
    info: {
      title: "Skilltrail API",
      version: "1.0.0",
      description:
        "A learner's own hours and progress. Authenticate with `Authorization: Bearer <token>` (a personal access token from the account page). Errors are RFC 9457 problem details.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths,
    components: {
      schemas: { Problem: jsonSchema(responses.problemSchema, "output") },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A personal access token (skt_…)." },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "A signed-in browser session.",
        },
      },
    },
  };
  return cached;
}
