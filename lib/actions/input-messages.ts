import type { z } from "zod";

/**
 * Messages for input no form of ours sends: a hand-made request, a stale client, a script.
 * Schemas word their own errors for what a person can get wrong; this is the fallback the
 * action wrapper passes to every parse (a schema's own `error` always wins), so even a wrong
 * type or a missing field gets a sentence instead of zod's "Invalid input: expected string,
 * received number".
 */

export const UNREADABLE_FORM_MESSAGE = "This form could not be read. Reload the page and try again.";
export const NUL_CHARACTER_MESSAGE = "Remove the invisible NUL character (\\0) from this text: it cannot be saved.";

type Issue = z.core.$ZodRawIssue;

const EXPECTED: Record<string, string> = {
  string: "Enter text here.",
  number: "Enter a number.",
  int: "Enter a whole number.",
  bigint: "Enter a whole number.",
  boolean: "Choose yes or no.",
  date: "Enter a date.",
  array: "Choose from the list.",
};

export function fallbackMessage(issue: Issue): string {
  const atRoot = !issue.path || issue.path.length === 0;
  const limit = (key: "minimum" | "maximum") => Number((issue as Record<string, unknown>)[key]);
  switch (issue.code) {
    case "invalid_type":
      if (atRoot) return UNREADABLE_FORM_MESSAGE;
      if (issue.input === undefined || issue.expected === "nonoptional") return "This field is required.";
      return EXPECTED[issue.expected] ?? "This value has the wrong format.";
    case "too_small":
      if (issue.origin === "string")
        return limit("minimum") <= 1 ? "This field is required." : `Use at least ${limit("minimum")} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return `Choose at least ${limit("minimum")}.`;
      return `Enter ${limit("minimum")} or more.`;
    case "too_big":
      if (issue.origin === "string") return `Use at most ${limit("maximum")} characters.`;
      if (issue.origin === "array" || issue.origin === "set") return `Choose at most ${limit("maximum")}.`;
      return `Enter ${limit("maximum")} or less.`;
    case "invalid_value":
      return "Choose one of the options.";
    case "invalid_format":
      if (issue.format === "email") return "Enter a valid email address, like name@example.com.";
      if (issue.format === "url") return "Enter a full web address starting with https://.";
      return "This value has the wrong format.";
    case "not_multiple_of":
      return "Enter a whole number.";
    default:
      return atRoot ? UNREADABLE_FORM_MESSAGE : "This value is not valid.";
  }
}

/**
 * The field (first path segment; "" for the input itself) holding a string with a NUL
 * character, if any. PostgreSQL cannot store U+0000 in text, so such input would otherwise
 * fail at the database with a generic error. Keys are checked too (records keyed by id).
 */
export function fieldWithNul(input: unknown): string | null {
  const holds = (value: unknown, depth: number): boolean => {
    if (typeof value === "string") return value.includes("\0");
    if (depth > 8 || typeof value !== "object" || value === null) return false;
    if (Array.isArray(value)) return value.some((item) => holds(item, depth + 1));
    return Object.entries(value).some(([key, item]) => key.includes("\0") || holds(item, depth + 1));
  };
  if (typeof input !== "object" || input === null || Array.isArray(input)) return holds(input, 0) ? "" : null;
  for (const [key, value] of Object.entries(input)) {
    if (key.includes("\0") || holds(value, 1)) return key.replaceAll("\0", "");
  }
  return null;
}
