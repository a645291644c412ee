import "server-only";
import type { z } from "zod";
import { ActionError } from "@/lib/actions/result";
import { AuthenticationError, AuthorizationError } from "@/lib/auth/errors";
import { isDatabaseUnavailable } from "@/lib/db-availability";
import { authenticateApi, type ApiCaller } from "@/lib/api/auth";
import { withIdempotency } from "@/lib/api/idempotency";
import { ApiError, INVALID_INPUT, problem } from "@/lib/api/problem";

export { ApiError, INVALID_INPUT };

/**
 * The one wrapper of every /api/v1 route handler, so each route file stays thin: it
 * authenticates the bearer token (lib/api/auth.ts; `write` asks for a READ_WRITE token), reads
 * the body (POST and PATCH), runs POSTs under the Idempotency-Key (lib/api/idempotency.ts),
 * and turns what the handler throws into problem+json: ApiError as given, ActionError (the
 * mutations' refusals: the daily cap, a phase not in the guide) as 422 with its field errors,
 * an unreachable database as 503, anything else as a logged 500 without details.
 */

/** The zod issues as field errors keyed by the field's path ("" for the whole body). */
export function zodFieldErrors(error: z.ZodError, rename: Record<string, string> = {}): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const raw = issue.path.map(String).join(".");
    const field = rename[raw] ?? (raw || "body");
    let message = issue.message;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) (errors[key] ??= []).push(`Unknown field “${key}”.`);
      continue;
    }
    if (issue.code === "invalid_type" && /received undefined/.test(message)) message = "This field is required.";
    (errors[field] ??= []).push(message);
  }
  return errors;
}

export const NUL_MESSAGE = "Text cannot contain the NUL character (\\u0000).";

/** Fields whose text holds a NUL character (PostgreSQL text cannot store one), by path. */
function nulFields(value: unknown, path = ""): string[] {
  if (typeof value === "string") return value.includes("\u0000") ? [path || "body"] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulFields(item, path ? `${path}.${i}` : String(i)));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes("\u0000") ? [path || "body"] : []),
      ...nulFields(item, path ? `${path}.${key}` : key),
    ]);
  return [];
}

/** Input parsed by `schema`, or a 400 problem with the field errors (text with a NUL is refused first). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const nul = nulFields(value);
  if (nul.length > 0)
    throw new ApiError(400, INVALID_INPUT, Object.fromEntries(nul.map((field) => [field, [NUL_MESSAGE]])));
  const result = schema.safeParse(value);
  if (!result.success) throw new ApiError(400, INVALID_INPUT, zodFieldErrors(result.error));
  return result.data;
}

/** The JSON body, or a 415 (not JSON) / 400 (malformed) problem; `emptyAs` stands in for no body at all. */
export function jsonBody(request: Request, text: string, { emptyAs }: { emptyAs?: unknown } = {}): unknown {
  if (text.trim() === "" && emptyAs !== undefined) return emptyAs;
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type))
    throw new ApiError(415, "Send the body as JSON with “Content-Type: application/json”.");
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, "The body is not valid JSON.", { body: ["The body is not valid JSON."] });
  }
}

/** A CSV body (`Content-Type: text/csv`), or a 415 / 400 problem. */
export function csvBody(request: Request, text: string): string {
  const type = request.headers.get("content-type") ?? "";
  if (!/^text\/(csv|plain)\s*(;|$)/i.test(type))
    throw new ApiError(415, "Send the file as the body with “Content-Type: text/csv”.");
  if (text.trim() === "") throw new ApiError(400, INVALID_INPUT, { body: ["The CSV file is empty."] });
  if (text.includes("\u0000")) throw new ApiError(400, INVALID_INPUT, { body: [NUL_MESSAGE] });
  return text;
}

/** The query string as an object (a repeated parameter counts once: its first value). */
export function queryOf(request: Request): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new URL(request.url).searchParams) if (!(key in query)) query[key] = value;
  return query;
}

/** A path id as the database could hold one; anything else can name no entry (404). */
export function entryId(value: unknown): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 100 || value.includes("\u0000"))
    throw new ApiError(404, "No time entry of yours has this id.");
  return value;
}

export type ApiContext<P> = { request: Request; caller: ApiCaller; params: P; body: string };
type RouteContext<P> = { params: Promise<P> };

export function apiRoute<P = Record<string, never>>(options: {
  write: boolean;
  /** POSTs: the Idempotency-Key applies (default true for POST). */
  idempotent?: boolean;
  handle: (context: ApiContext<P>) => Promise<Response>;
}): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      const caller = await authenticateApi(request, { write: options.write });
      if (caller instanceof Response) return caller;
      const body = request.method === "GET" || request.method === "DELETE" ? "" : await request.text();
      const params = await context.params;
      const run = () => guarded(() => options.handle({ request, caller, params, body }));
      const idempotent = options.idempotent ?? request.method === "POST";
      return idempotent ? await withIdempotency(request, caller.user.id, body, run) : await run();
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Runs a handler, answering its expected refusals as problems (5xx are answered, not thrown). */
export async function guarded(handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    return errorResponse(error);
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) return problem(error.status, error.message, { errors: error.errors });
  if (error instanceof ActionError) return problem(422, error.message, { errors: error.fieldErrors });
  if (error instanceof AuthenticationError) return problem(401, error.message);
  if (error instanceof AuthorizationError) return problem(403, error.message);
  if (isDatabaseUnavailable(error))
    return problem(503, "The service is unavailable. Nothing was saved: retry shortly.");
  console.error("[api] unexpected error", error);
  return problem(500, "Something went wrong. Nothing was saved unless the answer said so.");
}
