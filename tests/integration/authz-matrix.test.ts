import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { PERSONAS, type CallContext, type Outcome, type Persona, type Rule, type Rules } from "./authz/rules";

/**
 * The authorization matrix: every server action (`lib/**\/actions.ts`, `app/**\/actions.ts`)
 * and every route handler (`app/**\/route.ts`) found in the code, called as each persona, with
 * the outcome each must get. The rules live per domain in `tests/integration/authz/*.rules.ts`
 * (see rules.ts for the personas and presets). An action or handler without a rule fails
 * "has a rule", so a new one cannot ship without deciding who may call it.
 *
 * Callers are set through the session seam (getCurrentUser). "denied" means the guard's own
 * refusal (sign in / no access; 401 / 403 for routes); "allowed" means the call succeeded.
 */
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => session.user,
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: vi.fn(), // nothing runs after the response here (no mail from the matrix)
}));

const { AuthenticationError, AuthorizationError } = await import("@/lib/auth/errors");
const { asCurrentUser, assignMentor, createUserWithPassword } = await import("../support/auth");
const { seededGuide, testDb } = await import("../support/db");

const root = resolve(import.meta.dirname, "../..");
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

// ─── The rules, from every domain's file ────────────────────────────────────

async function loadRules(): Promise<Rules> {
  const all: Rules = {};
  for (const file of readdirSync(join(root, "tests/integration/authz")).filter((name) => name.endsWith(".rules.ts")).sort()) {
    const { rules } = (await import(`./authz/${file}`)) as { rules: Rules };
    for (const [id, rule] of Object.entries(rules)) {
      if (id in all) throw new Error(`${id} has a rule in more than one file (${file})`);
      all[id] = rule;
    }
  }
  return all;
}

// ─── What the code exports ──────────────────────────────────────────────────

function filesUnder(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : filesUnder(path, match);
    return match(entry.name) ? [path] : [];
  });
}

type Target = { id: string; call: (...args: unknown[]) => Promise<unknown> };

async function enumerate(): Promise<Target[]> {
  const actionFiles = [...filesUnder("lib", (n) => n === "actions.ts"), ...filesUnder("app", (n) => n === "actions.ts")];
  const routeFiles = filesUnder("app", (n) => /^route\.(ts|tsx|js)$/.test(n));
  const targets: Target[] = [];
  for (const file of [...actionFiles, ...routeFiles]) {
    const isRoute = routeFiles.includes(file);
    const exported = (await import(resolve(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (isRoute && !HTTP_METHODS.has(name)) continue;
      if (typeof value !== "function") throw new Error(`${file} exports ${name}, which is not a function`);
      targets.push({ id: `${file}#${name}`, call: value as Target["call"] });
    }
  }
  return targets.sort((a, b) => a.id.localeCompare(b.id));
}

const [RULES, targets] = await Promise.all([loadRules(), enumerate()]);

// ─── Personas ───────────────────────────────────────────────────────────────

async function setUp(persona: Persona): Promise<CallContext> {
  const target = await createUserWithPassword("LEARNER");
  await testDb().enrollment.create({ data: { userId: target.id, guideId: (await seededGuide()).id } });
  switch (persona) {
    case "guest":
      return { caller: null, target };
    case "learner-self":
      return { caller: target, target };
    case "learner-other":
      return { caller: await createUserWithPassword("LEARNER"), target };
    case "mentor-assigned": {
      const mentor = await createUserWithPassword("MENTOR");
      await assignMentor(mentor.id, target.id);
      return { caller: mentor, target };
    }
    case "mentor-unassigned":
      return { caller: await createUserWithPassword("MENTOR"), target };
    case "admin":
      return { caller: await createUserWithPassword("ADMIN"), target };
  }
}

const DENIAL_MESSAGES = new Set([new AuthenticationError().message, new AuthorizationError().message]);
type CallableRule = Exclude<Rule, { coveredBy: string }>;

async function outcomeOf(target: Target, rule: CallableRule, context: CallContext): Promise<Outcome | string> {
  if ("request" in rule) {
    const response = (await target.call(await rule.request(context), { params: Promise.resolve(rule.params ?? {}) })) as Response;
    if (response.status === 401 || response.status === 403) return "denied";
    return response.ok ? "allowed" : `unexpected status ${response.status}`;
  }
  const result = (await target.call(await rule.input(context))) as { ok: boolean; message?: string };
  if (result.ok) return "allowed";
  return result.message && DENIAL_MESSAGES.has(result.message) ? "denied" : `unexpected failure: ${JSON.stringify(result)}`;
}

describe("authorization matrix", () => {
  it("finds the app's actions and route handlers", () => {
    expect(targets.map((t) => t.id)).toContain("lib/accounts/actions.ts#signUpAction");
  });

  it("has a rule for every server action and route handler in the code", () => {
    const missing = targets.map((t) => t.id).filter((id) => !(id in RULES));
    expect(missing, "add a rule in tests/integration/authz/<domain>.rules.ts").toEqual([]);
  });

  it("has no rule for an action or handler that no longer exists", () => {
    const found = new Set(targets.map((t) => t.id));
    expect(Object.keys(RULES).filter((id) => !found.has(id))).toEqual([]);
  });

  it("says where each handler that cannot run here is covered", () => {
    for (const [id, rule] of Object.entries(RULES)) {
      if ("coveredBy" in rule) expect(existsSync(join(root, rule.coveredBy.split(" ")[0]!)), id).toBe(true);
    }
  });

  const cells = targets
    .filter((target) => RULES[target.id] && !("coveredBy" in RULES[target.id]!))
    .flatMap((target) => PERSONAS.map((persona) => [target.id, persona] as const));
  it.each(cells)("%s as %s", async (id, persona) => {
    const target = targets.find((t) => t.id === id)!;
    const rule = RULES[id] as CallableRule;
    const context = await setUp(persona);
    session.user = context.caller ? asCurrentUser(context.caller) : null;
    await expect(outcomeOf(target, rule, context)).resolves.toBe(rule.expect[persona]);
  });
});
