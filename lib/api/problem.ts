import type { FieldErrors } from "@/lib/actions/result";

/**
 * Errors of the public API as RFC 9457 problem details (`application/problem+json`): `type`,
 * `title` (fixed per status), `status`, `detail` (what went wrong, for a person) and, for input
 * errors, `errors`: the messages per field, the same sentences the app's forms show under that
 * field. Every refusal of /api/v1 goes through `problem`, so clients parse one shape.
 */

export const PROBLEM_CONTENT_TYPE = "application/problem+json";
export const NO_STORE = { "Cache-Control": "no-store" };

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

export type ProblemStatus = keyof typeof TITLES & number;

export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldErrors;
};

/** The problem document itself (exported for the OpenAPI examples and the tests). */
export function problemBody(status: number, detail: string, errors?: FieldErrors): ProblemBody {
  return {
    type: "about:blank",
    title: TITLES[status] ?? "Error",
    status,
    detail,
    ...(errors && Object.keys(errors).length > 0 ? { errors } : {}),
  };
}

export function problem(
  status: number,
  detail: string,
  { errors, headers }: { errors?: FieldErrors; headers?: Record<string, string> } = {},
): Response {
  return new Response(JSON.stringify(problemBody(status, detail, errors)), {
    status,
    headers: { "Content-Type": PROBLEM_CONTENT_TYPE, ...NO_STORE, ...headers },
  });
}

/** A JSON answer of the API (never cached: every answer is one user's data). */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json", ...NO_STORE, ...headers },
  });
}

/** A refusal with its status, thrown by lib/api code and answered as a problem by the route wrapper. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const INVALID_INPUT = "Some fields are not valid: see `errors`.";
