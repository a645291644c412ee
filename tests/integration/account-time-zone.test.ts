import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * The time zone comes from the browser (issue 12 item 6): a hidden sign-up field, or, for an
 * account whose zone was never set (OAuth), the first signed-in page's report. A zone someone
 * chose on the account page is never overridden.
 */

const { signUpAction, setBrowserTimeZoneAction, updateProfileAction } = await import("@/lib/account/actions");
const { loadActiveUser } = await import("@/lib/auth/session");
const { createLearnerAccount } = await import("@/lib/auth/new-account");
const { testDb } = await import("../support/db");
const { asCurrentUser } = await import("../support/current-user");

const uniqueEmail = () => `tz-${randomUUID()}@test.skilltrail.dev`;
const STRONG = "granite kettle orbit lantern";
const zoneOf = async (email: string) =>
  testDb().user.findUniqueOrThrow({ where: { email }, select: { timeZone: true, timeZoneSetAt: true } });

beforeEach(() => {
  signInAs(null);
});

describe("time zone at sign-up", () => {
  it("takes the browser's zone from the hidden field and counts it as set", async () => {
    const email = uniqueEmail();
    expect(await signUpAction({ name: "Evening", email, password: STRONG, timeZone: "Europe/Paris" })).toMatchObject({
      ok: true,
    });
    const user = await zoneOf(email);
    expect(user.timeZone).toBe("Europe/Paris");
    expect(user.timeZoneSetAt).toBeInstanceOf(Date);
  });

  it("reads an old alias a browser may report by its canonical name", async () => {
    const email = uniqueEmail();
    await signUpAction({ name: "Alias", email, password: STRONG, timeZone: "US/Eastern" });
    expect((await zoneOf(email)).timeZone).toBe("America/New_York");
  });

  it.each([
    ["a bogus zone", "Mars/Olympus_Mons"],
    ["a zone in the wrong letter case", "europe/paris"],
    ["markup", "<script>alert(1)</script>"],
    ["no field (no script)", undefined],
    ["an empty field", ""],
  ])("still creates the account with %s, on UTC and not set", async (_case, timeZone) => {
    const email = uniqueEmail();
    const result = await signUpAction({ name: "Bogus", email, password: STRONG, timeZone });
    expect(result).toMatchObject({ ok: true });
    expect(await zoneOf(email)).toEqual({ timeZone: "UTC", timeZoneSetAt: null });
  });
});

describe("time zone on the first signed-in page", () => {
  async function oauthAccount() {
    const created = await createLearnerAccount({ email: uniqueEmail(), name: "OAuth" });
    const user = await loadActiveUser(created.id);
    expect(user).toMatchObject({ timeZone: "UTC", timeZoneSet: false });
    return user!;
  }

  it("sets the browser's zone on an account that never had one, once", async () => {
    const user = await oauthAccount();
    signInAs(user);
    expect(await setBrowserTimeZoneAction({ timeZone: "Asia/Tokyo" })).toMatchObject({
      ok: true,
      data: { timeZone: "Asia/Tokyo" },
    });
    expect(await loadActiveUser(user.id)).toMatchObject({ timeZone: "Asia/Tokyo", timeZoneSet: true });
    // A second browser (another zone) does not move it: it is set now.
    signInAs(asCurrentUser({ ...user, timeZone: "Asia/Tokyo" }));
    expect(await setBrowserTimeZoneAction({ timeZone: "America/Chicago" })).toMatchObject({
      ok: true,
      data: { timeZone: "Asia/Tokyo" },
    });
    expect((await loadActiveUser(user.id))!.timeZone).toBe("Asia/Tokyo");
  });

  it("never overrides a zone chosen on the account page", async () => {
    const user = await oauthAccount();
    signInAs(user);
    expect(await updateProfileAction({ name: "OAuth", timeZone: "Europe/Berlin" })).toMatchObject({ ok: true });
    await setBrowserTimeZoneAction({ timeZone: "Asia/Tokyo" });
    expect((await loadActiveUser(user.id))!.timeZone).toBe("Europe/Berlin");
  });

  it("refuses a bogus zone at the field, changing nothing", async () => {
    const user = await oauthAccount();
    signInAs(user);
    expect(await setBrowserTimeZoneAction({ timeZone: "Mars/Olympus_Mons" })).toMatchObject({
      ok: false,
      fieldErrors: { timeZone: ["Choose a time zone from the list."] },
    });
    expect(await loadActiveUser(user.id)).toMatchObject({ timeZone: "UTC", timeZoneSet: false });
  });
});
