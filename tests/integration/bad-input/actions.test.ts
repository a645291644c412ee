import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signInAs } from "../../support/action-mocks";
import type { CallContext, Persona, Rule } from "../authz/rules";

/**
 * Bad input for every server action (issue 6): each action found in the code, called by a
 * persona its authorization rule allows, with hostile whole inputs and with its valid input
 * (the rule's) changed one field at a time (hostile.ts lists the values and what each must
 * get). A refusal must be a failure result with a clear message, under the field at fault,
 * and must leave the whole database unchanged (row counts and a checksum of every table,
 * compared once per action around all of its refused calls: they are validation-level or
 * read-only, so they need no checksum each). Accepted text must be stored as
 * sent. An action without an entry in specs.ts fails "has a bad-input spec".
 */
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: vi.fn(),
}));

const { assignMentor } = await import("../../support/auth");
const { changedTables, databaseChecksum, findStoredTexts, nextTransactionId } =
  await import("../../support/db-checksum");
const { enumerateTargets, itCoversEveryTarget, loadAuthzRules, personaContext } = await import("../../support/targets");
const { callSafely, casesFor, describeCase, judge } = await import("./harness");
const { ACTION_SPECS } = await import("./specs");
type Case = import("./harness").Case;

const [RULES, actions] = await Promise.all([loadAuthzRules(), enumerateTargets("action")]);
type InputRule = Extract<Rule, { input: unknown }>;

/** The caller: a guest for public actions, else the learner on their own records, the assigned mentor, an admin. */
const PREFERRED: Persona[] = ["guest", "learner-self", "mentor-assigned", "admin"];
const personaFor = (rule: InputRule) => PREFERRED.find((p) => rule.expect[p] === "allowed")!;
// Admins may act on any learner's rows and guests name no one's: "someone else's id" needs a caller with limits.
const HAS_OWN_RECORDS: Persona[] = ["learner-self", "mentor-assigned"];
// Fields naming a row (or a person): another caller's value for them is someone else's.
const ID_KINDS = new Set(["ref", "refList", "secret"]);
/** Up to a few hundred calls per action: room for a loaded CI machine. */
const SLOW_MACHINE = 90_000;

const tally = { calls: 0, refused: 0, accepted: 0, stored: 0, actions: 0 };
afterAll(() => {
  console.info(
    `bad input: ${tally.calls} calls on ${tally.actions} actions — ${tally.refused} refused or no-ops with the database unchanged, ` +
      `${tally.accepted} legitimate values accepted, ${tally.stored} hostile texts stored verbatim`,
  );
});

async function validInput(id: string, context: CallContext): Promise<Record<string, unknown>> {
  const rule = RULES[id] as InputRule;
  const input = (await rule.input(context)) as Record<string, unknown>;
  return { ...input, ...(await ACTION_SPECS[id]!.with?.(context)) };
}

/**
 * A fresh target learner (and, for learner-self, caller). Admins and mentors are reused: a new
 * admin per call would only pile up rows (every submission notifies every admin).
 */
const reused = new Map<Persona, CallContext["caller"]>();
async function contextFor(persona: Persona): Promise<CallContext> {
  if (persona !== "admin" && persona !== "mentor-assigned") return personaContext(persona);
  if (!reused.has(persona)) reused.set(persona, (await personaContext(persona)).caller);
  const { target } = await personaContext("guest");
  const caller = reused.get(persona)!;
  if (persona === "mentor-assigned") await assignMentor(caller!.id, target.id);
  return { caller, target };
}

const signIn = (context: CallContext) => {
  signInAs(context.caller);
};

/** Per field, values from another caller's valid input that differ from ours: someone else's ids. */
async function foreignValues(id: string, persona: Persona, base: Record<string, unknown>) {
  const spec = ACTION_SPECS[id]!;
  const foreign: Record<string, unknown> = { ...(await spec.foreign?.()) };
  if (!HAS_OWN_RECORDS.includes(persona)) return foreign;
  const other = await validInput(id, await personaContext(persona));
  for (const [field, fieldSpec] of Object.entries(spec.fields)) {
    if (ID_KINDS.has(fieldSpec.kind.kind) && JSON.stringify(other[field]) !== JSON.stringify(base[field]))
      foreign[field] = other[field];
  }
  return foreign;
}

describe("bad input to server actions", () => {
  itCoversEveryTarget(actions, ACTION_SPECS, {
    known: "lib/hours/actions.ts#logHoursAction",
    entry: "a bad-input spec",
    addIn: "add the action's fields to tests/integration/bad-input/specs.ts",
  });

  const callable = actions.filter((a) => ACTION_SPECS[a.id] && RULES[a.id] && "input" in RULES[a.id]!);
  const personaOf = (id: string) => personaFor(RULES[id] as InputRule);

  it("can call every action: each has a valid input in its authorization rule", () => {
    expect(actions.filter((a) => !callable.includes(a)).map((a) => a.id)).toEqual([]);
  });

  describe("refuses hostile input with a clear message and changes nothing", () => {
    // Every action's caller and valid input are set up first; then the database is checksummed
    // before the first action's refused calls and after each action's, so consecutive actions
    // share one checksum (nothing else writes in between).
    const prepared = new Map<string, { context: CallContext; cases: Case[] } | { error: unknown }>();
    let last: Awaited<ReturnType<typeof databaseChecksum>>;
    beforeAll(async () => {
      for (const { id } of callable) {
        try {
          const persona = personaOf(id);
          const context = await contextFor(persona);
          const base = await validInput(id, context);
          const unknownFields = Object.keys(base).filter((field) => !(field in ACTION_SPECS[id]!.fields));
          if (unknownFields.length > 0) throw new Error(`give ${unknownFields.join(", ")} a kind in specs.ts`);
          const cases = casesFor(ACTION_SPECS[id]!, base, await foreignValues(id, persona, base));
          prepared.set(id, { context, cases: cases.filter((c) => c.expect === "reject" || c.expect === "noop") });
        } catch (error) {
          prepared.set(id, { error });
        }
      }
      last = await databaseChecksum();
    }, 120_000);

    it.each(callable.map((a) => [a.id, a] as const))(
      "%s",
      async (id, action) => {
        const setup = prepared.get(id)!;
        if ("error" in setup) throw setup.error;
        signIn(setup.context);
        const problems: string[] = [];
        for (const c of setup.cases) {
          for (const problem of judge(c, await callSafely(action.call, c.args)))
            problems.push(`${describeCase(c)}: ${problem}`);
        }
        const after = await databaseChecksum();
        // A refused password guess is itself recorded (rate limit and audit trail): allowed where the spec says so.
        const recorded = ACTION_SPECS[id]!.records ?? [];
        const changed = changedTables(last, after).filter((t) => !recorded.some((name) => t.startsWith(`${name} (`)));
        last = after;
        if (changed.length > 0) problems.push(`refused calls changed the database: ${changed.join(", ")}`);
        tally.calls += setup.cases.length;
        tally.refused += setup.cases.length;
        tally.actions += 1;
        expect(problems).toEqual([]);
      },
      SLOW_MACHINE,
    );
  });

  describe("accepts legitimate values and stores hostile text verbatim", () => {
    it.each(callable.map((a) => [a.id, a] as const))(
      "%s",
      async (id, action) => {
        const persona = personaOf(id);
        const since = await nextTransactionId();
        const cases = casesFor(ACTION_SPECS[id]!, await validInput(id, await contextFor(persona)), {}).filter(
          (c) => c.expect === "accept" || c.expect === "stored" || c.expect === "either",
        );
        const problems: string[] = [];
        const stored: Case[] = [];
        for (const template of cases) {
          // A fresh caller and input per call: an accepted call may use its input up (submit, delete).
          const context = await contextFor(persona);
          const c: Case = { ...template, args: await freshArgs(id, template, context) };
          signIn(context);
          const found = judge(c, await callSafely(action.call, c.args));
          if (found.length === 0 && c.stored !== undefined) stored.push(c);
          problems.push(...found.map((problem) => `${describeCase(c)}: ${problem}`));
          tally.calls += 1;
          if (c.expect === "stored") tally.stored += 1;
          else tally.accepted += 1;
        }
        // One search for all; a text a later call overwrote (the same guide's title) is tried again alone.
        const verbatim = await findStoredTexts(
          stored.map((c) => c.stored!),
          since,
        );
        for (const template of stored.filter((c) => !verbatim.has(c.stored!))) {
          const context = await contextFor(persona);
          const c: Case = { ...template, args: await freshArgs(id, template, context) };
          const again = await nextTransactionId();
          signIn(context);
          const found = judge(c, await callSafely(action.call, c.args));
          if (found.length === 0 && (await findStoredTexts([c.stored!], again)).size === 0)
            found.push(`${JSON.stringify(c.stored)} is in no text column`);
          problems.push(...found.map((problem) => `${describeCase(c)}: was not stored verbatim: ${problem}`));
        }
        expect(problems).toEqual([]);
      },
      SLOW_MACHINE,
    );
  });
});

/** The case's arguments rebuilt on a fresh valid input (its field keeps the hostile value). */
async function freshArgs(id: string, c: Case, context: CallContext): Promise<unknown[]> {
  const [first, ...rest] = c.args;
  if (!c.field || typeof first !== "object" || first === null) return c.args;
  const fresh = await validInput(id, context);
  const { [c.field]: _, ...others } = fresh;
  return [
    c.field in (first as object) ? { ...others, [c.field]: (first as Record<string, unknown>)[c.field] } : others,
    ...rest,
  ];
}
