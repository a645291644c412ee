import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/action-mocks";
import { PERSONAS, type CallContext, type Outcome, type Rule } from "./authz/rules";

/**
 * The authorization matrix: every server action (`lib/**\/actions.ts`, `app/**\/actions.ts`)
 * and every route handler (`app/**\/route.ts`) found in the code, called as each persona, with
 * the outcome each must get. The rules live per domain in `tests/integration/authz/*.rules.ts`
 * (see rules.ts for the personas and presets). An action or handler without a rule fails
 * "has a rule", so a new one cannot ship without deciding who may call it.
 *
 * The enumeration and the personas are shared with the bad-input suite (tests/support/targets.ts).
 *
 * Callers are set through the session seam (getCurrentUser). "denied" means the guard's own
 * refusal (sign in / no access; 401 / 403 for routes); "allowed" means the call succeeded.
 */
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: vi.fn(), // nothing runs after the response here (no mail from the matrix)
}));

const { AuthenticationError, AuthorizationError } = await import("@/lib/auth/errors");
const { enumerateTargets, itCoversEveryTarget, loadAuthzRules, personaContext } = await import("../support/targets");
type Target = import("../support/targets").Target;

const root = resolve(import.meta.dirname, "../..");
const [RULES, targets] = await Promise.all([loadAuthzRules(), enumerateTargets()]);

const DENIAL_MESSAGES = new Set([new AuthenticationError().message, new AuthorizationError().message]);
type CallableRule = Exclude<Rule, { coveredBy: string }>;

async function outcomeOf(target: Target, rule: CallableRule, context: CallContext): Promise<Outcome | string> {
  if ("request" in rule) {
    const request = await rule.request(context);
    const params = typeof rule.params === "function" ? await rule.params(context, request) : (rule.params ?? {});
    const response = (await target.call(request, { params: Promise.resolve(params) })) as Response;
    if (response.status === 401 || response.status === 403) return "denied";
    if (rule.deniedAs === 404 && response.status === 404) return "denied";
    return response.ok ? "allowed" : `unexpected status ${response.status}`;
  }
  const result = (await target.call(await rule.input(context))) as { ok: boolean; message?: string };
  if (result.ok) return "allowed";
  return result.message && DENIAL_MESSAGES.has(result.message)
    ? "denied"
    : `unexpected failure: ${JSON.stringify(result)}`;
}

describe("authorization matrix", () => {
  itCoversEveryTarget(targets, RULES, {
    known: "lib/account/actions.ts#signUpAction",
    entry: "a rule",
    addIn: "add a rule in tests/integration/authz/<domain>.rules.ts",
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
    const context = await personaContext(persona);
    signInAs(context.caller);
    await expect(outcomeOf(target, rule, context)).resolves.toBe(rule.expect[persona]);
  });
});
