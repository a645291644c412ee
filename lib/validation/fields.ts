import { z } from "zod";

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
