import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CallContext, Persona, Rules } from "../integration/authz/rules";
import { assignMentor, TEST_PASSWORD } from "./auth";
import { hashPassword } from "@/lib/auth/password";
import { enrollLearner } from "@/lib/guides/enrollment";
import type { Role } from "@/lib/generated/prisma/client";
import { expect, it } from "vitest";
import { seededGuide, testDb } from "./db";

/**
 * What the suites that must cover "every server action and route handler" iterate over: the
 * authorization matrix (tests/integration/authz-matrix.test.ts) and the bad-input suite
 * (tests/integration/bad-input/). Targets are found in the code, not listed by hand: every
 * export of `lib/**\/actions.ts` and `app/**\/actions.ts`, and every HTTP-method export of
 * `app/**\/route.ts`. A suite then fails while a target has no entry of its own.
 *
 * Importing the targets imports the action modules: a test file must import ./action-mocks.ts
 * (the session seam and `next/cache`) first, before calling `enumerateTargets()`.
 */

const root = resolve(import.meta.dirname, "../..");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export type Target = {
  /** "<file>#<export>", e.g. "lib/hours/actions.ts#logHoursAction". */
  id: string;
  kind: "action" | "route";
  call: (...args: unknown[]) => Promise<unknown>;
};

/**
 * Actions serving several kinds of input, told apart by one input field (the curriculum's one
 * save action, by `part`): each kind is a target of its own, "<file>#<export>:<kind>", so each
 * needs its own rule and bad-input spec. The kinds come from the code (the part registry),
 * never from a list here, so a new part is a new target.
 */
const VARIANTS: Record<string, () => Promise<readonly string[]>> = {
  "lib/curriculum/actions.ts#saveCurriculumItemAction": async () => (await import("@/lib/curriculum/parts")).PART_KEYS,
};

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "generated" || entry.name === "node_modules" ? [] : filesUnder(path, match);
    return match(entry.name) ? [path] : [];
  });
}

/** Every target, or only the actions or only the route handlers (importing fewer modules). */
export async function enumerateTargets(only?: Target["kind"]): Promise<Target[]> {
  const actionFiles =
    only === "route"
      ? []
      : [...filesUnder("lib", (n) => n === "actions.ts"), ...filesUnder("app", (n) => n === "actions.ts")];
  const routeFiles = only === "action" ? [] : filesUnder("app", (n) => /^route\.(ts|tsx|js)$/.test(n));
  const targets: Target[] = [];
  for (const file of [...actionFiles, ...routeFiles]) {
    const isRoute = routeFiles.includes(file);
    const exported = (await import(resolve(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (isRoute && !HTTP_METHODS.has(name)) continue;
      if (typeof value !== "function") throw new Error(`${file} exports ${name}, which is not a function`);
      const id = `${file}#${name}`;
      const kinds = (await VARIANTS[id]?.()) ?? [null];
      for (const kind of kinds)
        targets.push({
          id: kind ? `${id}:${kind}` : id,
          kind: isRoute ? "route" : "action",
          call: value as Target["call"],
        });
    }
  }
  return targets.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The tests that keep a suite's registry (authorization rules, bad-input specs: entries keyed
 * by target id) in step with the code: the enumeration finds a target known to exist, every
 * target has an entry, and no entry outlives its target.
 */
export function itCoversEveryTarget(
  targets: readonly Target[],
  registry: Readonly<Record<string, unknown>>,
  options: { known: string; entry: string; addIn: string },
) {
  const ids = targets.map((t) => t.id);
  it(`finds the app's targets, ${options.known} among them`, () => {
    expect(ids).toContain(options.known);
  });
  it(`has ${options.entry} for every target in the code`, () => {
    expect(
      ids.filter((id) => !(id in registry)),
      options.addIn,
    ).toEqual([]);
  });
  it(`has no ${options.entry} for a target that no longer exists`, () => {
    const found = new Set(ids);
    expect(Object.keys(registry).filter((id) => !found.has(id))).toEqual([]);
  });
}

/** The authorization rules of every domain (tests/integration/authz/*.rules.ts), keyed by target id. */
export async function loadAuthzRules(): Promise<Rules> {
  const dir = join(root, "tests/integration/authz");
  const all: Rules = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith(".rules.ts"))
    .sort()) {
    const { rules } = (await import(/* @vite-ignore */ join(dir, file))) as { rules: Rules };
    for (const [id, rule] of Object.entries(rules)) {
      if (id in all) throw new Error(`${id} has a rule in more than one file (${file})`);
      all[id] = rule;
    }
  }
  return all;
}

// ─── Personas ───────────────────────────────────────────────────────────────

// Argon2 is slow by design; one hash of TEST_PASSWORD serves every persona (the salt is in it).
let passwordHash: Promise<string> | undefined;
let guideId: Promise<string> | undefined;

/** A fresh user who can sign in with TEST_PASSWORD (as tests/support/auth.ts's, in one insert). */
async function userWithPassword(role: Role) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email = `${role.toLowerCase()}-${randomUUID()}@test.skilltrail.dev`;
  return testDb().user.create({
    data: { email, role, name: `Test ${role.toLowerCase()}`, timeZone: "UTC", passwordHash: await passwordHash },
  });
}

/** Fresh users in the relation `persona` names to a fresh, enrolled target learner (see CallContext). */
export async function personaContext(persona: Persona): Promise<CallContext> {
  guideId ??= seededGuide().then((guide) => guide.id);
  const target = await userWithPassword("LEARNER");
  await enrollLearner(testDb(), target.id, { guideId: await guideId });
  switch (persona) {
    case "guest":
      return { caller: null, target };
    case "learner-self":
      return { caller: target, target };
    case "learner-other":
      return { caller: await userWithPassword("LEARNER"), target };
    case "mentor-assigned": {
      const mentor = await userWithPassword("MENTOR");
      await assignMentor(mentor.id, target.id);
      return { caller: mentor, target };
    }
    case "mentor-unassigned":
      return { caller: await userWithPassword("MENTOR"), target };
    case "admin":
      return { caller: await userWithPassword("ADMIN"), target };
  }
}
