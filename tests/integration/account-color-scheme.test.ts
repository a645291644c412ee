import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

// Actions read the caller through getCurrentUser (the session seam, mocked by action-mocks).

const { setColorSchemeAction } = await import("@/lib/account/actions");
const { loadActiveUser } = await import("@/lib/auth/session");
const { createTestUser, testDb } = await import("../support/db");

const storedScheme = async (id: string) =>
  (await testDb().user.findUniqueOrThrow({ where: { id }, select: { colorScheme: true } })).colorScheme;

beforeEach(() => {
  signInAs(null);
});

describe("colour scheme preference (issue 16 item 12)", () => {
  it("starts at system, saves each scheme, and the current user carries it to the root layout", async () => {
    const user = await createTestUser("LEARNER");
    expect(await storedScheme(user.id)).toBe("system");
    expect((await loadActiveUser(user.id))?.colorScheme).toBe("system");
    signInAs(user);
    for (const colorScheme of ["dark", "light", "system", "dark"] as const) {
      await expect(setColorSchemeAction({ colorScheme })).resolves.toEqual({
        ok: true,
        data: { colorScheme },
        message: "Colour scheme saved.",
      });
      expect(await storedScheme(user.id)).toBe(colorScheme);
    }
    expect((await loadActiveUser(user.id))?.colorScheme).toBe("dark");
  });

  it("refuses an unknown or missing scheme on the field, keeping the saved one", async () => {
    const user = await createTestUser("MENTOR");
    signInAs(user);
    await setColorSchemeAction({ colorScheme: "light" });
    for (const input of [{ colorScheme: "sepia" }, { colorScheme: "DARK" }, { colorScheme: "" }, {}]) {
      await expect(setColorSchemeAction(input)).resolves.toEqual({
        ok: false,
        message: "Please check the highlighted fields.",
        fieldErrors: { colorScheme: ["Choose system, light or dark."] },
      });
    }
    expect(await storedScheme(user.id)).toBe("light");
  });

  it("changes the caller's own account only, whatever id the input names, and needs a session", async () => {
    const [me, other] = [await createTestUser("LEARNER"), await createTestUser("LEARNER")];
    signInAs(me);
    const result = await setColorSchemeAction({ colorScheme: "dark", userId: other.id, id: other.id });
    expect(result).toMatchObject({ ok: true });
    expect(await storedScheme(me.id)).toBe("dark");
    expect(await storedScheme(other.id)).toBe("system");

    signInAs(null);
    await expect(setColorSchemeAction({ colorScheme: "light" })).resolves.toMatchObject({ ok: false });
    expect(await storedScheme(me.id)).toBe("dark");
  });

  it("is kept to the three schemes by the database too (a CHECK constraint)", async () => {
    const user = await createTestUser("LEARNER");
    await expect(testDb().$executeRaw`UPDATE "User" SET "colorScheme" = 'sepia' WHERE id = ${user.id}`).rejects.toThrow(
      /User_color_scheme_known/,
    );
    expect(await storedScheme(user.id)).toBe("system");
  });
});
