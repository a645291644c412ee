import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/session";
import { asCurrentUser } from "./current-user";

/**
 * What an integration test needs to call server actions outside Next.js. Import this module
 * first, before the test loads app code (with `await import`): its mocks are registered when
 * it runs, so every app module loaded afterwards sees them.
 *   - the session seam: actions read the caller through getCurrentUser, which returns
 *     `session.user` (set it with signInAs);
 *   - next/cache: there is no render cache to revalidate here.
 * vi.mock is hoisted per file, which is why this lives in a module imported for its side
 * effect rather than being repeated at the top of each test.
 */
// A plain object, not vi.hoisted (a hoisted variable cannot be exported): the mock factories
// below read it only when the mocked module is first loaded, after this module has run.
export const session = { user: null as CurrentUser | null };

vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => session.user,
}));
vi.mock("next/cache", () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
}));

type UserRow = Parameters<typeof asCurrentUser>[0];

/** The caller of the next action calls (null: a guest); returns the user for chaining. */
export function signInAs<U extends UserRow | null>(user: U): U {
  session.user = user ? asCurrentUser(user) : null;
  return user;
}
