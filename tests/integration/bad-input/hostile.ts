/**
 * The hostile values of the bad-input suite, by the kind of field they go into, each with what
 * the action must do with it:
 *
 *   reject  — a failure result with a clear message (under the field's key when `keyed`), and
 *             the database unchanged;
 *   noop    — any result, but the database unchanged (e.g. "nothing to save");
 *   accept  — a legitimate value (an empty optional field, a zero hours field): the call succeeds;
 *   stored  — legitimate text (HTML, script, SQL meta-characters in a free-text field): the call
 *             succeeds and the text is in the database exactly as sent, neither run nor altered;
 *   either  — a value some inputs accept and others refuse (a long password of HTML): never a
 *             throw, a refusal has a clear message.
 *
 * Values are generated from the valid input's value for the field, so a new field only needs a
 * kind in specs.ts.
 */

export type Expect = "reject" | "noop" | "accept" | "stored" | "either";
/** Stands for "the key is absent from the input". */
export const MISSING = Symbol("missing");

export type Mutation = { label: string; value: unknown; expect: Expect };

export type FieldSpec = { kind: Kind; keyed: boolean; errorKeys: string[]; overrides: Record<string, Expect> };
type Kind =
  | { kind: "text"; optional: boolean }
  | { kind: "lines" }
  | { kind: "textList" }
  | { kind: "ref"; optional: boolean }
  | { kind: "refList" }
  | { kind: "key" }
  | { kind: "secret" }
  | { kind: "newPassword"; paired: boolean }
  | { kind: "date"; past: boolean }
  | { kind: "int"; min: number; max: number }
  | { kind: "duration" }
  | { kind: "hint" }
  | { kind: "bool" }
  | { kind: "enum"; optional: boolean }
  | { kind: "url" }
  | { kind: "email" }
  | { kind: "record"; min: number; max: number; empty: Expect }
  | { kind: "weights" }
  | { kind: "csv" }
  | { kind: "memberList" }
  | { kind: "file" }
  | { kind: "splitCorrections" };

type Options = { errorKeys?: string[]; overrides?: Record<string, Expect> };
/** `keyed`: a refusal must carry a field error under the field (or one of `errorKeys`). */
const field = (kind: Kind, keyed: boolean, { errorKeys = [], overrides = {} }: Options = {}): FieldSpec => ({
  kind,
  keyed,
  errorKeys,
  overrides,
});

// Free text a person writes: HTML and SQL meta-characters are text like any other.
export const text = (o?: Options) => field({ kind: "text", optional: false }, true, o);
export const optionalText = (o?: Options) => field({ kind: "text", optional: true }, true, o);
/** A textarea with one entry per line (stored as a text array), or an array of entries. */
export const lines = (o?: Options) => field({ kind: "lines" }, true, o);
export const textList = (o?: Options) => field({ kind: "textList" }, true, o);
// An id of a row: a refusal may be the form's message ("That entry no longer exists").
export const ref = (o?: Options) => field({ kind: "ref", optional: false }, false, o);
export const optionalRef = (o?: Options) => field({ kind: "ref", optional: true }, false, o);
export const refList = (o?: Options) => field({ kind: "refList" }, true, o);
/** An opaque token the form generates (idempotency and import keys): any 16–100 characters. */
export const key = (o?: Options) => field({ kind: "key" }, true, o);
/** Must match something exactly (a current password, a reset token, one's own email). */
export const secret = (o?: Options) => field({ kind: "secret" }, false, o);
export const newPassword = (paired: boolean, o?: Options) => field({ kind: "newPassword", paired }, true, o);
export const date = (o?: Options & { past?: boolean }) => field({ kind: "date", past: o?.past ?? false }, true, o);
export const int = (min: number, max: number, o?: Options) => field({ kind: "int", min, max }, true, o);
/**
 * A hint a script adds and the action uses only when it is valid, never a reason to refuse
 * (the browser's time zone at sign-up): any value is accepted; only a NUL, refused for every
 * field by the action wrapper, is not.
 */
export const hint = (o?: Options) => field({ kind: "hint" }, false, o);
/** A duration as people type it ("1h 30m", "1:30", "1.5"): more than 0 and at most 24 h. */
export const duration = (o?: Options) => field({ kind: "duration" }, true, o);
export const bool = (o?: Options) => field({ kind: "bool" }, true, o);
export const choice = (o?: Options & { optional?: boolean }) =>
  field({ kind: "enum", optional: o?.optional ?? false }, true, o);
export const url = (o?: Options) => field({ kind: "url" }, true, o);
export const email = (o?: Options) => field({ kind: "email" }, true, o);
/** A map of question id → a whole number from min to max (quiz answers, confidence ratings). */
export const record = (min: number, max: number, o?: Options & { empty?: Expect }) =>
  field({ kind: "record", min, max, empty: o?.empty ?? "reject" }, true, o);
export const weights = (o?: Options) => field({ kind: "weights" }, true, o);
export const csv = (o?: Options) => field({ kind: "csv" }, true, o);
/**
 * An uploaded file (an attachment): refused unless its bytes are a kind accepted under its
 * extension and it is at most 10 MB; markup in its name is kept as text.
 */
export const upload = (o?: Options) => field({ kind: "file" }, true, o);
/** Pasted email addresses (a cohort's bulk add): a line that is no address is reported, not refused. */
export const memberList = (o?: Options) => field({ kind: "memberList" }, true, o);
/** An admin's corrections of a guide text's guessed splits (the guide import). */
export const splitCorrections = (o?: Options) => field({ kind: "splitCorrections" }, true, o);

// ─── The values ─────────────────────────────────────────────────────────────

/** One megabyte (decimal), the size limit people paste over. */
export const MEGABYTE = "x".repeat(1_000_000);
export const UNKNOWN_ID = "cunknown00000000000000000";

/** Markup and SQL people may legitimately write about; each must come back as the same text. */
export const HOSTILE_TEXT: ReadonlyArray<[label: string, text: string]> = [
  ["script tag", "<script>window.__xss=1</script>"],
  ["img onerror", `<img src=x onerror="window.__xss=1">`],
  ["markdown with html", `**B** <b onclick="window.__xss=1">x</b> [a](javascript:alert(1))`],
  ["sql drop", `'; DROP TABLE "User"; --`],
  ["sql meta", `100% of_the C:\\tmp\\ %_\\ ' " ; --`],
];

const WRONG_TYPES: ReadonlyArray<[string, unknown]> = [
  ["number 42", 42],
  ["boolean", true],
  ["object", { a: 1 }],
  ["array", ["a"]],
];
const BLANKS: ReadonlyArray<[string, unknown]> = [
  ["missing", MISSING],
  ["null", null],
  ["empty", ""],
  ["blank", "   "],
];
const HUGE: ReadonlyArray<[string, unknown]> = [
  ["1 MB", MEGABYTE],
  ["NUL character", "before\u0000after"],
];
const AS_ID: ReadonlyArray<[string, unknown]> = [
  ...HOSTILE_TEXT,
  ["unknown id", UNKNOWN_ID],
  ["uuid", "00000000-0000-0000-0000-000000000000"],
  ["like wildcard", "%"],
];
const NUMBERS: ReadonlyArray<[string, unknown]> = [
  ["-1", -1],
  ["0", 0],
  ["1.5", 1.5],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity],
  ["1e12", 1e12],
  ["2^31", 2 ** 31],
  ['"-1"', "-1"],
  ['"0"', "0"],
  ['"1.5"', "1.5"],
  ['"NaN"', "NaN"],
  ['"Infinity"', "Infinity"],
  ['"1e400"', "1e400"],
  ['"99999999999999999999"', "99999999999999999999"],
  ['"12abc"', "12abc"],
  ['"<script>"', "<script>1</script>"],
];
const DATES: ReadonlyArray<[string, unknown]> = [
  ["2026-02-30", "2026-02-30"],
  ["yesterday", "yesterday"],
  ["2026-13-01", "2026-13-01"],
  ["2026-3-2", "2026-3-2"],
  ["0000-00-00", "0000-00-00"],
  ["ISO timestamp", "2026-03-02T10:00:00Z"],
  ["number 20260302", 20260302],
  ...HOSTILE_TEXT.slice(0, 1),
  ...HOSTILE_TEXT.slice(3, 4),
];

const all = (entries: ReadonlyArray<[string, unknown]>, expect: Expect): Mutation[] =>
  entries.map(([label, value]) => ({ label, value, expect }));
const textMutations = (expect: Expect, suffix = ""): Mutation[] =>
  HOSTILE_TEXT.map(([label, value]) => ({ label, value: `${value}${suffix}`, expect }));

function intExpect(value: unknown, min: number, max: number): Expect {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= min && n <= max ? "accept" : "reject";
}

const encode = (text: string) => new TextEncoder().encode(text);
const PDF_SIGNATURE = "%PDF-1.4\n%%EOF\n";
const HTML_PAGE = "<!doctype html><html><body><script>window.__xss=1</script></body></html>";
/** Files no attachment may be (and one that may, with markup in its name). */
const FILES: ReadonlyArray<[string, () => unknown, Expect]> = [
  ["an empty file", () => new File([], "empty.pdf"), "reject"],
  ["an empty file input", () => new File([], ""), "reject"],
  ["a blob without a name", () => new Blob([encode(PDF_SIGNATURE)]), "reject"],
  [
    "a file over 10 MB",
    () => {
      const bytes = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20);
      bytes.set(encode(PDF_SIGNATURE));
      return new File([bytes], "big.pdf");
    },
    "reject",
  ],
  ["HTML named .pdf", () => new File([encode(HTML_PAGE)], "report.pdf", { type: "application/pdf" }), "reject"],
  ["an HTML page", () => new File([encode(HTML_PAGE)], "page.html", { type: "text/html" }), "reject"],
  ["an SVG image", () => new File([encode("<svg xmlns='http://www.w3.org/2000/svg'/>")], "a.svg"), "reject"],
  ["an executable", () => new File([encode("MZ\u0090\u0000\u0003")], "setup.exe"), "reject"],
  ["binary named .txt", () => new File([Uint8Array.of(0, 1, 2, 0xff, 0xfe)], "notes.txt"), "reject"],
  ["only an extension", () => new File([encode(PDF_SIGNATURE)], ".pdf"), "reject"],
  ["markup in the name", () => new File([encode(PDF_SIGNATURE)], `<img src=x onerror="window.__xss=1">.pdf`), "accept"],
];

/** Every hostile value for one field; `marker` makes stored text unique, so it can be found again. */
export function mutationsFor(spec: FieldSpec, base: unknown, marker: () => string): Mutation[] {
  const k = spec.kind;
  const list: Mutation[] = (() => {
    switch (k.kind) {
      case "file":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...FILES.map(([label, make, expect]) => ({ label, value: make(), expect })),
        ];
      case "text":
        return [
          ...all(BLANKS, k.optional ? "accept" : "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...HOSTILE_TEXT.map(([label, value]) => ({
            label,
            value: `${value} ${marker()}`,
            expect: "stored" as const,
          })),
        ];
      case "lines":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES.slice(0, 3), "reject"),
          ...all(HUGE, "reject"),
          { label: "empty list", value: [], expect: "reject" },
          { label: "list of numbers", value: [1, 2], expect: "reject" },
          { label: "1000 lines", value: Array.from({ length: 1000 }, (_, i) => `line ${i}`), expect: "reject" },
          ...HOSTILE_TEXT.map(([label, value]) => ({
            label,
            value: `${value} ${marker()}`,
            expect: "stored" as const,
          })),
          ...HOSTILE_TEXT.slice(0, 1).map(([label, value]) => ({
            label: `${label} in a list`,
            value: [`${value} ${marker()}`],
            expect: "stored" as const,
          })),
        ];
      case "textList": {
        const rest = Array.isArray(base) ? base.slice(1) : [];
        return [
          ...all(BLANKS, "reject"),
          ...all(
            [
              ["number 42", 42],
              ["object", { a: 1 }],
            ],
            "reject",
          ),
          { label: "empty list", value: [], expect: "reject" },
          { label: "one entry", value: ["only"], expect: "reject" },
          { label: "list with a number", value: [42, ...rest], expect: "reject" },
          { label: "1 MB entry", value: [MEGABYTE, ...rest], expect: "reject" },
          { label: "NUL entry", value: ["a\u0000b", ...rest], expect: "reject" },
          { label: "100 entries", value: Array.from({ length: 100 }, (_, i) => `entry ${i}`), expect: "reject" },
          ...HOSTILE_TEXT.map(([label, value]) => ({
            label,
            value: [`${value} ${marker()}`, ...rest],
            expect: "stored" as const,
          })),
        ];
      }
      case "ref":
        return [
          ...all(BLANKS.slice(0, 2), k.optional ? "accept" : "reject"),
          ...all(BLANKS.slice(2), k.optional ? "accept" : "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...all(AS_ID, "reject"),
        ];
      case "refList":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES.slice(0, 3), "reject"),
          { label: "empty list", value: [], expect: "reject" },
          { label: "unknown id", value: UNKNOWN_ID, expect: "reject" },
          { label: "list of an unknown id", value: [UNKNOWN_ID], expect: "reject" },
          { label: "list of numbers", value: [1], expect: "reject" },
          { label: "list of a 1 MB id", value: [MEGABYTE], expect: "reject" },
          { label: "list of a NUL id", value: ["a\u0000b"], expect: "reject" },
          { label: "10,000 ids", value: Array.from({ length: 10_000 }, () => UNKNOWN_ID), expect: "reject" },
          ...HOSTILE_TEXT.map(([label, value]) => ({
            label: `list of ${label}`,
            value: [value],
            expect: "reject" as const,
          })),
        ];
      case "key":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          { label: "too short", value: "abc", expect: "reject" },
          // Opaque to the server: any 16–100 characters are a key (the LIKE wildcards too).
          ...textMutations("accept", ` ${marker()}`),
          { label: "like wildcards", value: `%%%%____%%%%____${marker()}`, expect: "accept" },
        ];
      case "secret":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...all(AS_ID, "reject"),
        ];
      case "newPassword":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          { label: "short", value: "%_\\", expect: "reject" },
          // Long enough to be a password; alone (without its confirmation) it cannot match.
          ...textMutations(k.paired ? "reject" : "either"),
        ];
      case "date":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...all(DATES, "reject"),
          ...(k.past
            ? all(
                [
                  ["far future", "2999-01-01"],
                  ["1999-12-31", "1999-12-31"],
                ],
                "reject",
              )
            : []),
        ];
      case "int":
        return [
          ...all(BLANKS.slice(0, 3), "reject"),
          ...all(
            [
              ["boolean", true],
              ["object", { a: 1 }],
              ["array", [1]],
            ],
            "reject",
          ),
          ...NUMBERS.map(([label, value]) => ({ label, value, expect: intExpect(value, k.min, k.max) })),
        ];
      case "hint":
        return [
          ...all(BLANKS, "accept"),
          ...all(WRONG_TYPES, "accept"),
          { label: "1 MB", value: MEGABYTE, expect: "accept" },
          { label: "NUL character", value: "Europe/Paris\u0000", expect: "reject" },
          ...all(HOSTILE_TEXT, "accept"),
          { label: "unknown zone", value: "Mars/Olympus_Mons", expect: "accept" },
        ];
      case "duration":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...all(
            [
              ['"1.5"', "1.5"],
              ['"1:30"', "1:30"],
              ['"90m"', "90m"],
              ['"1h 30m"', "1h 30m"],
              ['"45 min"', "45 min"],
              ["number 1.5", 1.5],
            ],
            "accept",
          ),
          ...all(
            [
              ['"0"', "0"],
              ['"-1"', "-1"],
              ['"25h"', "25h"],
              ['"24:01"', "24:01"],
              ['"1e400"', "1e400"],
              ['"NaN"', "NaN"],
              ['"Infinity"', "Infinity"],
              ['"12abc"', "12abc"],
              ['"99999999999999999999"', "99999999999999999999"],
              ["number 1e12", 1e12],
              ...HOSTILE_TEXT,
            ],
            "reject",
          ),
        ];
      case "bool":
        return [
          ...all(BLANKS, "reject"),
          ...all(
            [
              ["number 1", 1],
              ["number 0", 0],
              ["object", { a: 1 }],
              ["array", [true]],
            ],
            "reject",
          ),
          ...all(
            [
              ['"maybe"', "maybe"],
              ['"TRUE"', "TRUE"],
              ['"yes"', "yes"],
              ["1 MB", MEGABYTE],
            ],
            "reject",
          ),
          ...all(HOSTILE_TEXT.slice(0, 1), "reject"),
        ];
      case "enum": {
        const variants =
          typeof base === "string"
            ? [base.toLowerCase(), base.toUpperCase(), `${base} `].filter((v) => v !== base)
            : [];
        return [
          ...all(BLANKS.slice(0, 1), k.optional ? "accept" : "reject"),
          ...all(BLANKS.slice(1), "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...all(HOSTILE_TEXT, "reject"),
          { label: "unknown option", value: "BOGUS", expect: "reject" },
          ...variants.map((value) => ({ label: `variant ${JSON.stringify(value)}`, value, expect: "reject" as const })),
        ];
      }
      case "url":
        return [
          ...all(BLANKS, "accept"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...all(
            [
              ["javascript: url", "javascript:alert(1)"],
              ["data: url", "data:text/html,<script>window.__xss=1</script>"],
              ["ftp url", "ftp://example.com/x"],
              ["not a url", "not a url"],
              ["scheme only", "https://"],
              ["3,000-character url", `https://example.com/${"a".repeat(3000)}`],
              ["sql drop", `'; DROP TABLE "User"; --`],
            ],
            "reject",
          ),
        ];
      case "email":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...all(
            [
              ["not an email", "not-an-email"],
              ["no domain", "name@"],
              ["script tag", "<script>window.__xss=1</script>@example.com"],
              ["sql drop", `x'; DROP TABLE "User"; --@example.com`],
              ["like wildcards", "%_\\@example.com"],
              ["300 characters", `${"a".repeat(290)}@example.com`],
            ],
            "reject",
          ),
        ];
      case "record": {
        const base0 = (typeof base === "object" && base !== null ? base : {}) as Record<string, unknown>;
        const [firstKey] = Object.keys(base0);
        const withFirst = (value: unknown) => ({ ...base0, [firstKey!]: value });
        return [
          ...all(BLANKS.slice(0, 2), "reject"),
          ...all(
            [
              ["string", "1"],
              ["number 42", 42],
              ["array", [1]],
            ],
            "reject",
          ),
          { label: "empty record", value: {}, expect: k.empty },
          { label: "unknown key", value: { ...base0, [UNKNOWN_ID]: k.min }, expect: "reject" },
          ...HOSTILE_TEXT.slice(0, 4).map(([label, value]) => ({
            label: `${label} as key`,
            value: { ...base0, [value]: k.min },
            expect: "reject" as const,
          })),
          {
            label: "1,000 keys",
            value: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`q${i}`, k.min])),
            expect: "reject",
          },
          { label: "NUL in a key", value: { ...base0, "a\u0000b": k.min }, expect: "reject" },
          ...(firstKey === undefined
            ? []
            : [
                ...[
                  k.min - 1,
                  k.max + 1,
                  1.5,
                  NaN,
                  Infinity,
                  1e12,
                  "abc",
                  "<script>1</script>",
                  true,
                  {},
                  [1],
                  null,
                ].map((value) => ({
                  label: `value ${typeof value === "number" ? String(value) : JSON.stringify(value)}`,
                  value: withFirst(value),
                  expect: "reject" as const,
                })),
                { label: "1 MB value", value: withFirst(MEGABYTE), expect: "reject" as const },
              ]),
        ];
      }
      case "weights": {
        const list = Array.isArray(base) ? (base as Array<{ id: string; weightPercent: number }>) : [];
        const withFirst = (patch: object) => list.map((w, i) => (i === 0 ? { ...w, ...patch } : w));
        return [
          ...all(BLANKS, "reject"),
          ...all(
            [
              ["string", "50"],
              ["number 42", 42],
              ["object", { a: 1 }],
            ],
            "reject",
          ),
          { label: "empty list", value: [], expect: "reject" },
          { label: "list of numbers", value: [50, 50], expect: "reject" },
          { label: "unknown sub-skill", value: withFirst({ id: UNKNOWN_ID }), expect: "reject" },
          { label: "script id", value: withFirst({ id: "<script>window.__xss=1</script>" }), expect: "reject" },
          { label: "sub-skill twice", value: [...list, list[0]], expect: "reject" },
          {
            label: "101 entries",
            value: Array.from({ length: 101 }, (_, i) => ({ id: `s${i}`, weightPercent: 0 })),
            expect: "reject",
          },
          ...[-1, 101, 1.5, NaN, Infinity, 1e12, "abc", null].map((value) => ({
            label: `weight ${typeof value === "number" ? String(value) : JSON.stringify(value)}`,
            value: withFirst({ weightPercent: value }),
            expect: "reject" as const,
          })),
          {
            label: "sum not 100",
            value: withFirst({ weightPercent: (list[0]?.weightPercent ?? 0) + 1 }),
            expect: "reject",
          },
        ];
      }
      case "memberList":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          // Markup and SQL are lines that hold no address: the report says so, nothing is written.
          ...all(HOSTILE_TEXT, "noop"),
          { label: "an unclosed quote", value: '"nobody\n', expect: "noop" },
          {
            label: "501 addresses",
            value: Array.from({ length: 501 }, (_, i) => `person${i}@example.com`).join("\n"),
            expect: "reject",
          },
        ];
      case "splitCorrections": {
        const one = (patch: object) => [{ path: "phases[0].topics", original: "x", items: ["a"], ...patch }];
        return [
          ...all(BLANKS.slice(1), "reject"),
          ...all(WRONG_TYPES.slice(0, 3), "reject"),
          { label: "a split the text does not have", value: one({}), expect: "reject" },
          { label: "a path into the prototype", value: one({ path: "__proto__.polluted" }), expect: "reject" },
          { label: "a script path", value: one({ path: HOSTILE_TEXT[0]![1] }), expect: "reject" },
          { label: "items that are not text", value: one({ items: [1, { a: 1 }] }), expect: "reject" },
          { label: "a 1 MB item", value: one({ items: [MEGABYTE] }), expect: "reject" },
          { label: "a NUL item", value: one({ items: ["a\u0000b"] }), expect: "reject" },
          { label: "1,000 corrections", value: Array.from({ length: 1000 }, () => one({})[0]), expect: "reject" },
        ];
      }
      case "csv":
        return [
          ...all(BLANKS, "reject"),
          ...all(WRONG_TYPES, "reject"),
          ...all(HUGE, "reject"),
          ...all(HOSTILE_TEXT, "reject"),
        ];
    }
  })();
  return list.map((m) => ({ ...m, expect: spec.overrides[m.label] ?? m.expect }));
}
