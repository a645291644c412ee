import { GENERIC_ERROR_MESSAGE, INVALID_INPUT_MESSAGE } from "@/lib/actions/safe-action";
import type { Expect, FieldSpec } from "./hostile";
import { MEGABYTE, MISSING, mutationsFor } from "./hostile";
import type { ActionSpec } from "./specs";

/**
 * Builds the calls of the bad-input suite from an action's valid input and judges their results.
 * A case is one call: a hostile whole input, or the valid input with one field replaced.
 */
export type Case = {
  label: string;
  /** The field at fault (null for a whole-input case). */
  field: string | null;
  spec: FieldSpec | null;
  expect: Expect;
  /** The action's argument(s): an input object, or (previous state, FormData) as useActionState calls it. */
  args: unknown[];
  /** For "stored": the text that must be found in the database afterwards. */
  stored?: string;
};

type Input = Record<string, unknown>;

function junkForm(base: Input): FormData {
  const form = new FormData();
  for (const name of Object.keys(base)) form.append(name, "<b>junk</b>");
  form.append("unexpected", "<script>window.__xss=1</script>");
  form.append("upload", new Blob(["\u0000\u0001binary"]), "junk.bin");
  return form;
}

/** Hostile whole inputs: no object at all, the wrong kind of value, a form full of junk. */
function wholeInputCases(base: Input, noInput: boolean): Case[] {
  const whole = (label: string, args: unknown[], expect: Expect = "reject"): Case => ({
    label,
    field: null,
    spec: null,
    expect,
    args,
  });
  return [
    whole("no input", []),
    whole("undefined", [undefined]),
    whole("null", [null]),
    whole("a string", ["<script>window.__xss=1</script>"]),
    whole("a 1 MB string", [MEGABYTE]),
    whole("a number", [42]),
    whole("an array", [[base]]),
    whole("a FormData of junk", [null, junkForm(base)], noInput ? "accept" : "reject"),
    whole(
      "junk state with a FormData of junk",
      [{ ok: false, message: "<script>" }, junkForm(base)],
      noInput ? "accept" : "reject",
    ),
  ];
}

const withField = (base: Input, field: string, value: unknown): Input => {
  const { [field]: _, ...rest } = base;
  return value === MISSING ? rest : { ...rest, [field]: value };
};

// Unique per run and per value, and short: some fields take only 80 characters.
const run = Math.random().toString(36).slice(2, 6);
let markers = 0;
const marker = () => `~${run}${(markers += 1)}`;

/**
 * Every case for one action. `foreign` holds, per field, values that name something the caller
 * may not act on (another learner's entry, another guide's sub-skill): each must be refused.
 */
export function casesFor(spec: ActionSpec, base: Input, foreign: Input): Case[] {
  const cases = wholeInputCases(base, spec.noInput ?? false);
  if (spec.noInput)
    cases.push({ label: "an object of junk", field: null, spec: null, expect: "accept", args: [{ junk: "<script>" }] });
  for (const [field, fieldSpec] of Object.entries(spec.fields)) {
    for (const mutation of mutationsFor(fieldSpec, base[field], marker)) {
      const stored = mutation.expect === "stored" ? storedText(mutation.value) : undefined;
      cases.push({
        label: mutation.label,
        field,
        spec: fieldSpec,
        expect: mutation.expect,
        args: [withField(base, field, mutation.value)],
        stored,
      });
    }
  }
  for (const [field, value] of Object.entries(foreign)) {
    cases.push({
      label: "someone else's id",
      field,
      spec: spec.fields[field] ?? null,
      expect: "reject",
      args: [withField(base, field, value)],
    });
  }
  return cases;
}

function storedText(value: unknown): string {
  const text = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string") throw new Error("a stored value must be text");
  return text;
}

// ─── Judging a result ───────────────────────────────────────────────────────

type Result = { ok: boolean; message?: unknown; fieldErrors?: Record<string, unknown> };

/** What a person must never be shown: zod's defaults, internals, stack frames, "undefined". */
const UNCLEAR =
  /invalid input|expected \w+, received|too (big|small):|invalid (option|url|email|string|key|element|union)|nonoptional|unrecognized key|prisma|sqlstate|\bP\d{4}\b|TypeError|ReferenceError|\bat \S+:\d+:\d+|\[object |undefined|\bNaN\b/i;

function messageProblems(result: Result, field: string | null, spec: FieldSpec | null): string[] {
  const problems: string[] = [];
  const fieldErrors = result.fieldErrors ?? {};
  const texts = [result.message, ...Object.values(fieldErrors).flatMap((v) => (Array.isArray(v) ? v : [v]))];
  if (typeof result.message !== "string" || result.message.trim() === "") problems.push("no message");
  if (result.message === GENERIC_ERROR_MESSAGE) problems.push("the generic fallback message");
  for (const text of texts) {
    if (typeof text !== "string" || text.trim() === "")
      problems.push(`an empty message in ${JSON.stringify(fieldErrors)}`);
    else if (UNCLEAR.test(text)) problems.push(`an unclear message "${text}"`);
  }
  const keys = Object.keys(fieldErrors);
  if (result.message === INVALID_INPUT_MESSAGE && keys.length === 0)
    problems.push("points at highlighted fields but names none");
  if (field && spec?.keyed) {
    // "" allows the form's own (specific) message; "answer-*" any key with that prefix.
    const allowed = [field, ...spec.errorKeys.filter(Boolean)];
    const matches = (k: string) => allowed.some((a) => (a.endsWith("*") ? k.startsWith(a.slice(0, -1)) : k === a));
    const formLevelAllowed = spec.errorKeys.includes("") && result.message !== INVALID_INPUT_MESSAGE;
    if (!formLevelAllowed && !keys.some(matches))
      problems.push(`no field error under ${allowed.join("/")} (got ${keys.slice(0, 3).join(", ") || "none"})`);
  }
  return problems;
}

export type Outcome = { threw: unknown } | { result: Result };

export async function callSafely(call: (...args: unknown[]) => Promise<unknown>, args: unknown[]): Promise<Outcome> {
  try {
    return { result: (await call(...args)) as Result };
  } catch (threw) {
    return { threw };
  }
}

/** Problems with one call's outcome (the database checks are the caller's). */
export function judge(c: Case, outcome: Outcome): string[] {
  if ("threw" in outcome) return [`threw (a 500 in the app): ${String(outcome.threw).slice(0, 200)}`];
  const { result } = outcome;
  if (typeof result !== "object" || result === null || typeof result.ok !== "boolean")
    return [`returned ${JSON.stringify(result)?.slice(0, 200)}`];
  switch (c.expect) {
    case "reject":
      return result.ok
        ? [`was accepted: ${JSON.stringify(result).slice(0, 200)}`]
        : messageProblems(result, c.field, c.spec);
    case "noop":
      return result.ok ? [] : messageProblems(result, null, null);
    case "either":
      return result.ok ? [] : messageProblems(result, c.field, c.spec);
    case "accept":
    case "stored":
      return result.ok ? [] : [`was refused: ${JSON.stringify(result).slice(0, 300)}`];
  }
}

export const describeCase = (c: Case) => (c.field ? `${c.field} = ${c.label}` : c.label);
