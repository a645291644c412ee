import type { createUserWithPassword } from "../../support/auth";

/**
 * Vocabulary of the authorization matrix (tests/integration/authz-matrix.test.ts). Each domain
 * keeps its rules in `tests/integration/authz/<domain>.rules.ts`, exporting `rules`, keyed
 * "<file>#<export>" exactly as the matrix reports a missing one.
 */
export type Persona = "guest" | "learner-self" | "learner-other" | "mentor-assigned" | "mentor-unassigned" | "admin";
export type Outcome = "allowed" | "denied";
export type Expectations = Record<Persona, Outcome>;
export type TestUser = Awaited<ReturnType<typeof createUserWithPassword>>;

/**
 * `target` is a fresh learner whose data the call is about (enrolled in the guide, with the
 * password TEST_PASSWORD); `caller` is who calls (null for a guest; `target` itself for
 * learner-self; a mentor assigned to `target` for mentor-assigned). Fresh users every call,
 * so an allowed call may change or delete its caller.
 */
export type CallContext = { caller: TestUser | null; target: TestUser };

export type Rule =
  /** A server action: called with the input this returns (build valid input: "allowed" must succeed). */
  | { expect: Expectations; input: (context: CallContext) => Promise<unknown> | unknown }
  /** A route handler: called with this request; 401/403 is "denied", 2xx "allowed". */
  | {
      expect: Expectations;
      request: (context: CallContext) => Request | Promise<Request>;
      /**
       * The route's path parameters: fixed, or made for the call from the caller's context and
       * the request built (a row of the target's, an id read from the request's path).
       */
      params?:
        | Record<string, string | string[]>
        | ((
            context: CallContext,
            request: Request,
          ) => Record<string, string | string[]> | Promise<Record<string, string | string[]>>);
      /**
       * A route that hides whether a row exists answers a refusal with the 404 of a missing row:
       * 404 then counts as "denied" too (never as "allowed": the allowed personas must get 2xx).
       */
      deniedAs?: 404;
    }
  /** Cannot run outside a Next.js request: name the test file (first word) that covers it. */
  | { expect: Expectations; coveredBy: string };

export type Rules = Record<string, Rule>;

export const PERSONAS: Persona[] = [
  "guest",
  "learner-self",
  "learner-other",
  "mentor-assigned",
  "mentor-unassigned",
  "admin",
];

const every = (outcome: Outcome) => Object.fromEntries(PERSONAS.map((p) => [p, outcome])) as Expectations;

/** Anyone, signed in or not. */
export const PUBLIC: Expectations = every("allowed");
/** Any signed-in user, acting on their own account (the call takes no user id). */
export const SIGNED_IN: Expectations = { ...every("allowed"), guest: "denied" };
/** Reading a learner's records: the learner, their assigned mentor, an admin. */
export const LEARNER_READ: Expectations = {
  ...every("denied"),
  "learner-self": "allowed",
  "mentor-assigned": "allowed",
  admin: "allowed",
};
/** Changing a learner's records: the learner and an admin. */
export const LEARNER_WRITE: Expectations = { ...every("denied"), "learner-self": "allowed", admin: "allowed" };
/** Mentoring a learner (reviews, comments): their assigned mentor and an admin. */
export const MENTOR_OF: Expectations = { ...every("denied"), "mentor-assigned": "allowed", admin: "allowed" };
/** Only learners, each on their own records (actions with `roles: ["LEARNER"]` and no learner id). */
export const LEARNERS_ONLY: Expectations = {
  ...every("denied"),
  "learner-self": "allowed",
  "learner-other": "allowed",
};
/** Admins only. */
export const ADMIN_ONLY: Expectations = { ...every("denied"), admin: "allowed" };

/** The caller's own user (the target when a guest calls). */
export const self = ({ caller, target }: CallContext): TestUser => caller ?? target;
