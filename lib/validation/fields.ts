import { z } from "zod";
import { isIsoDate } from "@/lib/progress/calendar";

/**
 * Field helpers shared by every zod schema (forms and server actions alike), so one kind of
 * field is checked the same way and answers with the same words everywhere.
 */

/** Database ids are cuids (25 characters); 100 leaves room without letting junk through. */
export const ID_MAX_LENGTH = 100;

/**
 * A reference to a row the user picked or acted on. `what` names it for the message:
 * `idField("deliverable")` answers "Choose a deliverable." when it is missing or malformed.
 */
export function idField(what: string, message = `Choose a ${what}.`) {
  return z.string({ error: message }).trim().min(1, { error: message }).max(ID_MAX_LENGTH, { error: message });
}

export const URL_MAX_LENGTH = 2_000;
export const URL_ERROR = "Enter a full web address starting with https:// (or http://).";

/**
 * An optional link: empty means "none" (null), anything else must be an http(s) address with
 * a real host name. Other schemes (javascript:, data:, ftp:) are refused here, and again when
 * Markdown is rendered, because these links are shown to reviewers as clickable.
 */
export function optionalHttpUrl(tooLong = `Use at most ${URL_MAX_LENGTH.toLocaleString("en-US")} characters.`) {
  return z.preprocess(
    (value) =>
      value === undefined || value === null ? null : typeof value === "string" ? value.trim() || null : value,
    z.httpUrl({ error: URL_ERROR }).max(URL_MAX_LENGTH, { error: tooLong }).nullable(),
  );
}

/** An id the page sent itself (a hidden input, not a choice): "Missing submission." when absent. */
export const hiddenIdField = (what: string) => idField(what, `Missing ${what}.`);

const tooLongMessage = (max: number) => `Use at most ${max.toLocaleString("en-US")} characters.`;

/** Text that must be given: `required` when empty (after trimming), `tooLong` past `max`. */
export function requiredText(required: string, max: number, tooLong = tooLongMessage(max)) {
  return z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });
}

/**
 * Text that may be left empty: missing, empty or only spaces is null. `nullable` also takes
 * null as "none" (code passing a stored value back); otherwise null is refused like any
 * other non-text.
 */
export function optionalText(max: number, tooLong = tooLongMessage(max), { nullable = false } = {}) {
  const text = z.string({ error: tooLong }).trim().max(max, { error: tooLong });
  return (nullable ? text.nullish() : text.optional()).transform((value) => value || null);
}

/** A calendar date typed as YYYY-MM-DD (what `<input type="date">` posts). */
export function isoDateField(required: string, invalid = "Enter a valid date (YYYY-MM-DD).") {
  return z
    .string({ error: required })
    .trim()
    .min(1, { error: required, abort: true })
    .refine(isIsoDate, { error: invalid });
}

/**
 * A yes/no from code (a boolean) or from a form ("true"/"false", and "on" for a checkbox).
 * Anything else answers `message`.
 */
export function booleanField(message: string) {
  return z.preprocess(
    (value) => (value === "true" || value === "on" ? true : value === "false" ? false : value),
    z.boolean({ error: message }),
  );
}

// ─── URL search params ──────────────────────────────────────────────────────
// A list page's params are read one by one and never fail the page: a missing, repeated or
// hand-edited value falls back to its default while the others still apply.

/** `?a=1&a=2` arrives as an array: the first value counts. */
const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const searchParam = {
  /** Free text (a search box): at most `max` characters, "" when absent or malformed. */
  text: (max: number) => z.preprocess(firstValue, z.string().trim().max(max).catch("")).default(""),
  /** An optional value matching `pattern` (an id, a key): undefined when absent, empty or malformed. */
  token: (max: number, pattern = /^\S+$/) =>
    z.preprocess(
      (value) => firstValue(value) || undefined,
      z.string().trim().min(1).max(max).regex(pattern).optional().catch(undefined),
    ),
  /** One of `values`, or undefined. */
  choice: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.preprocess(firstValue, z.enum(values).optional().catch(undefined)),
  /** A calendar date (YYYY-MM-DD), or undefined. */
  isoDate: () =>
    z.preprocess(
      (value) => firstValue(value) || undefined,
      z.string().trim().refine(isIsoDate).optional().catch(undefined),
    ),
  /** `?page=`: a whole number from 1 to `max`; anything else is page 1. */
  page: (max = 10_000) => z.preprocess(firstValue, z.coerce.number().int().min(1).max(max).catch(1)).default(1),
};
