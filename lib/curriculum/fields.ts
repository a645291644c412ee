import { z } from "zod";
import { parseLines } from "@/lib/curriculum/rules";
import { idField, URL_ERROR, URL_MAX_LENGTH } from "@/lib/validation/fields";

/**
 * The kinds of field a curriculum part is made of. A field is described once (name, label,
 * input kind, bounds, the noun its messages use) and everything else is derived from it: the
 * zod schema the server validates with (`fieldSchema`), the form the editor renders
 * (components/curriculum/form-fields.ts) and, in the tests, its bad-input spec. Pure data, no
 * I/O. Inputs arrive either as objects or as FormData turned into an object (a field given once
 * is a string, given several times an array, not given at all missing), so list fields accept
 * all three.
 */

export type Option = { value: string; label: string };
type Base = {
  name: string;
  label: string;
  hint?: string;
  /** Half the form's width on wide screens. */
  half?: boolean;
  /**
   * Set on creation and never edited: a column of the item's list scope (a checklist item's
   * kind, a text item's section). Sent as a hidden input, matched in the update's WHERE.
   */
  fixed?: boolean;
};
export type FieldDescription =
  | (Base & { input: "text" | "textarea"; what: string; max: number; rows?: number })
  /** A textarea with one entry per line (or an array of entries). */
  | (Base & { input: "lines"; what: string })
  /** A web address learners open (http or https only). */
  | (Base & { input: "url" })
  | (Base & { input: "number"; what: string; min: number; max: number; unit?: string })
  | (Base & { input: "choice"; options: readonly Option[]; error: string; placeholder?: string })
  /** One of the guide's sub-skills (a column holding its id). */
  | (Base & { input: "subSkill" })
  /**
   * Some of the guide's sub-skills, kept in a link table (`owner` is its column naming the item).
   * `optional`: none is a valid choice. `onlyIn`: the form shows it only in the sections whose
   * fixed values match (a text item's sub-skills matter only for résumé phrases).
   */
  | (Base & {
      input: "subSkills";
      empty: string;
      link: { model: string; owner: string };
      optional?: boolean;
      onlyIn?: Readonly<Record<string, string>>;
    })
  /** A quiz question's answer options, and the index of the correct one. */
  | (Base & { input: "options"; min: number; max: number })
  | (Base & { input: "correctOption" });

// ─── Shared zod pieces ──────────────────────────────────────────────────────

export const id = idField("item", "Missing id.");
/** Absent or "" on a create form; an id on an edit form. */
export const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), id.optional());

const asArray = (value: unknown) =>
  value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const textSchema = (what: string, max = 2000) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, { error: `Enter ${what}.` })
    .max(max, { error: `Use at most ${max} characters.` });

const linesSchema = (what: string, { min = 1, max = 40 } = {}) =>
  z.preprocess(
    (value) => (typeof value === "string" ? parseLines(value) : asArray(value)),
    z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(2000, { error: `Keep each line of ${what} under 2000 characters.` }),
      )
      .min(min, {
        error: min === 1 ? `Enter at least one line of ${what}.` : `Enter at least ${min} lines of ${what}.`,
      })
      .max(max, { error: `Use at most ${max} lines of ${what}.` }),
  );

/** A whole number typed into a form ("" means not given) or passed as a number. */
export const wholeNumber = (what: string, min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
    z
      .number({ error: `Enter ${what} as a whole number.` })
      .int({ error: `Enter ${what} as a whole number.` })
      .min(min, { error: `${capitalize(what)} must be at least ${min}.` })
      .max(max, { error: `${capitalize(what)} must be at most ${max}.` }),
  );

/** A <select> of sub-skills: "" is the placeholder option, i.e. nothing chosen. */
const subSkillId = z.preprocess((v) => (v === "" ? undefined : v), idField("sub-skill"));

const choiceSchema = (options: readonly Option[], error: string) =>
  z.enum(options.map((o) => o.value) as [string, ...string[]], { error });

const optionsSchema = (min: number, max: number) =>
  z.preprocess(
    asArray,
    z
      .array(z.string().trim().max(500, { error: "Keep each option under 500 characters." }))
      .min(min, { error: `Give at least ${min} options.` })
      .max(max, { error: `Give at most ${max} options.` })
      .refine((options) => options.every((o) => o.length > 0), {
        error: "Fill in every option, or remove the empty ones.",
      }),
  );

// Only a form's text is converted: Number(null), Number(true), Number([]) would pick an option.
const correctOptionSchema = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v)) : v),
  z
    .number({ error: "Choose the correct option." })
    .int({ error: "Choose the correct option." })
    .min(0, { error: "Choose the correct option." }),
);

/** The server's check of one field, from its description. */
export function fieldSchema(field: FieldDescription): z.ZodType {
  switch (field.input) {
    case "text":
    case "textarea":
      return textSchema(field.what, field.max);
    case "lines":
      return linesSchema(field.what);
    case "number":
      return wholeNumber(field.what, field.min, field.max);
    case "choice":
      return choiceSchema(field.options, field.error);
    case "subSkill":
      return subSkillId;
    case "url":
      return z
        .string({ error: URL_ERROR })
        .trim()
        .max(URL_MAX_LENGTH, { error: `Use at most ${URL_MAX_LENGTH} characters.` })
        .pipe(z.httpUrl({ error: URL_ERROR }));
    case "subSkills":
      return z.preprocess(
        asArray,
        z
          .array(id)
          .min(field.optional ? 0 : 1, { error: field.empty })
          .max(50),
      );
    case "options":
      return optionsSchema(field.min, field.max);
    case "correctOption":
      return correctOptionSchema;
  }
}

/** Fields stored in the item's own row (a sub-skill list lives in a link table). */
export const isColumn = (field: FieldDescription) => field.input !== "subSkills";

// ─── Builders, so descriptions read as one line per field ───────────────────

type Extra = Partial<Pick<Base, "hint" | "half" | "fixed">>;

export const text = (name: string, label: string, what: string, max: number, extra: Extra = {}): FieldDescription => ({
  input: "text",
  name,
  label,
  what,
  max,
  ...extra,
});
export const textarea = (
  name: string,
  label: string,
  what: string,
  max = 2000,
  extra: Extra & { rows?: number } = {},
): FieldDescription => ({ input: "textarea", name, label, what, max, ...extra });
export const lines = (name: string, label: string, what: string, extra: Extra = {}): FieldDescription => ({
  input: "lines",
  name,
  label,
  what,
  ...extra,
});
export const number = (
  name: string,
  label: string,
  what: string,
  bounds: { min: number; max: number },
  extra: Extra & { unit?: string } = {},
): FieldDescription => ({ input: "number", name, label, what, ...bounds, ...extra });
export const choice = (
  name: string,
  label: string,
  options: Readonly<Record<string, string>>,
  error: string,
  extra: Extra & { placeholder?: string } = {},
): FieldDescription => ({
  input: "choice",
  name,
  label,
  error,
  options: Object.entries(options).map(([value, optionLabel]) => ({ value, label: optionLabel })),
  ...extra,
});

export const url = (name: string, label: string, extra: Extra = {}): FieldDescription => ({
  input: "url",
  name,
  label,
  ...extra,
});

/** One of the guide's sub-skills, chosen in a <select>. */
export const subSkill = (name: string, label: string): FieldDescription => ({ input: "subSkill", name, label });
/** Some of the guide's sub-skills, ticked; kept in the link table `link.model`, whose `link.owner` names the item. */
export const subSkills = (
  label: string,
  empty: string,
  link: { model: string; owner: string },
  {
    name = "subSkillIds",
    ...rest
  }: Extra & { name?: string; optional?: boolean; onlyIn?: Record<string, string> } = {},
): FieldDescription => ({ input: "subSkills", name, label, empty, link, ...rest });
