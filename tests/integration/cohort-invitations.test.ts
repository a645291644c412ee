import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * Adding many learners to a cohort at once, with a per-line report, and inviting by email the
 * people who have no account yet (issue 16 item 11): the invitation link signs them up into
 * the cohort; an expired, used or revoked link leaves an ordinary sign-up.
 */
const sent = vi.hoisted(() => [] as Array<{ to: string; link: string; cohortName: string }>);
vi.mock("@/lib/mail", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/mail")>()),
  sendCohortInvitationEmail: async (mail: { to: string; link: string; cohortName: string }) => void sent.push(mail),
  sendExistingAccountEmail: async () => {},
}));

const actions = await import("@/lib/cohorts/actions");
const { signUpAction } = await import("@/lib/account/actions");
const { SIGNED_UP_MESSAGE, SIGNED_UP_PATH } = await import("@/lib/auth/schema");
const { checkInvitation, hashInvitationToken } = await import("@/lib/cohorts/invitations");
const { INVITATION_GONE_MESSAGE } = await import("@/lib/cohorts/schema");
const { createTestCohort, createTestInvitation } = await import("../support/cohorts");
const { createTestUser, testDb } = await import("../support/db");

const STRONG = "granite kettle orbit lantern";
const uniqueEmail = (what = "new") => `${what}-${randomUUID()}@test.skilltrail.dev`;
const tokenOf = (link: string) => new URL(link).searchParams.get("invite")!;
type Report = Array<{ line: number; entry: string; outcome: string; detail: string }>;

let admin: Awaited<ReturnType<typeof createTestUser>>;
beforeEach(async () => {
  sent.length = 0;
  admin = await createTestUser("ADMIN");
  signInAs(admin);
});

async function bulkAdd(cohortId: string, list: string, invite: boolean | "unticked" = true) {
  const result = await actions.bulkAddMembersAction({ cohortId, list, ...(invite === "unticked" ? {} : { invite }) });
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { report: Report }; message: string }).data.report;
}

describe("adding many learners at once", () => {
  it("reports each line: added, already a member, invited, already invited, not a learner, invalid, repeated", async () => {
    const [learner, member, mentor] = [await createTestUser(), await createTestUser(), await createTestUser("MENTOR")];
    const cohort = await createTestCohort({ learnerIds: [member.id] });
    const pending = await createTestInvitation(cohort.id);
    const stranger = uniqueEmail("stranger");
    const list = [
      "email,name", // a header: not an entry
      `${learner.email.toUpperCase()},Lea`,
      `${member.email},Mo`,
      `"Stranger, A" <${stranger}>,`,
      `${pending.invitation.email},`,
      `${mentor.email},`,
      "not an address,",
      `${learner.email},again`,
    ].join("\n");
    const result = await actions.bulkAddMembersAction({ cohortId: cohort.id, list, invite: true });
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^7 entries: 1 added, /) });
    const report = (result as { data: { report: Report } }).data.report;
    expect(report.map(({ line, entry, outcome }) => ({ line, entry, outcome }))).toEqual([
      { line: 2, entry: learner.email, outcome: "added" },
      { line: 3, entry: member.email, outcome: "already-member" },
      { line: 4, entry: stranger, outcome: "invited" },
      { line: 5, entry: pending.invitation.email, outcome: "already-invited" },
      { line: 6, entry: mentor.email, outcome: "not-learner" },
      { line: 7, entry: "not an address", outcome: "invalid" },
      { line: 8, entry: learner.email, outcome: "duplicate" },
    ]);
    expect(report[6]!.detail).toBe("Repeats line 2.");
    expect(report.every((line) => line.detail.length > 0)).toBe(true);

    const members = await testDb().cohortMember.findMany({
      where: { cohortId: cohort.id },
      select: { learnerId: true },
    });
    expect(members.map((m) => m.learnerId).sort()).toEqual([learner.id, member.id].sort());
    // The invitation keeps only the token's hash; the mailed link carries the token.
    const invitation = await testDb().invitation.findFirstOrThrow({ where: { cohortId: cohort.id, email: stranger } });
    expect(sent).toEqual([
      {
        to: stranger,
        link: expect.stringContaining("/sign-up?invite="),
        cohortName: cohort.name,
        expiresAt: expect.any(Date),
      },
    ]);
    const token = tokenOf(sent[0]!.link);
    expect(invitation.tokenHash).toBe(hashInvitationToken(token));
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation).toMatchObject({ invitedById: admin.id, acceptedAt: null });

    const audit = await testDb().auditLog.findMany({ where: { actorId: admin.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.entityType, a.entityLabel])).toEqual([
      ["cohort.member-added", "Cohort", cohort.name],
      ["invitation.sent", "Invitation", stranger],
    ]);
  });

  it("reports addresses with no account as such when invitations are off (an unticked box)", async () => {
    const cohort = await createTestCohort();
    const email = uniqueEmail();
    expect(await bulkAdd(cohort.id, email, "unticked")).toMatchObject([{ entry: email, outcome: "no-account" }]);
    expect(await testDb().invitation.count({ where: { cohortId: cohort.id } })).toBe(0);
    expect(sent).toEqual([]);
  });

  it("renews an expired invitation instead of adding a second one", async () => {
    const cohort = await createTestCohort();
    const old = await createTestInvitation(cohort.id, { expired: true });
    expect(await bulkAdd(cohort.id, old.invitation.email)).toMatchObject([{ outcome: "invited" }]);
    const rows = await testDb().invitation.findMany({ where: { cohortId: cohort.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await checkInvitation(old.token)).toEqual({ status: "unknown" });
  });

  it.each([
    ["an empty list", "  \n ", "Paste email addresses, one per line, or choose a CSV file."],
    ["no address at all", ",,\n", "The list has no email addresses. Paste one per line, or choose a CSV file."],
    [
      "more than 500 entries",
      Array.from({ length: 501 }, (_, i) => `p${i}@example.com`).join("\n"),
      "The list has 501 entries; add at most 500 at a time. Split it and send the rest next.",
    ],
  ])("refuses %s on the list field, writing nothing", async (_case, list, message) => {
    const cohort = await createTestCohort();
    const before = await testDb().auditLog.count();
    expect(await actions.bulkAddMembersAction({ cohortId: cohort.id, list, invite: true })).toMatchObject({
      ok: false,
      fieldErrors: { list: [message] },
    });
    expect(await testDb().auditLog.count()).toBe(before);
    expect(await testDb().invitation.count({ where: { cohortId: cohort.id } })).toBe(0);
  });
});

describe("signing up with an invitation", () => {
  async function invited() {
    const cohort = await createTestCohort();
    const email = uniqueEmail("invitee");
    await bulkAdd(cohort.id, email);
    signInAs(null);
    return { cohort, email, token: tokenOf(sent.at(-1)!.link) };
  }
  const memberOf = async (cohortId: string, email: string) =>
    testDb().cohortMember.count({ where: { cohortId, learner: { email } } });

  it("creates the account and joins the cohort in one go, audited, and the link then reads as used", async () => {
    const { cohort, email, token } = await invited();
    expect(await checkInvitation(token)).toEqual({ status: "open", email, cohortName: cohort.name });
    const result = await signUpAction({ name: "Ivy Invited", email, password: STRONG, invite: token });
    expect(result).toEqual({ ok: true, data: { next: SIGNED_UP_PATH }, message: SIGNED_UP_MESSAGE });
    expect(await memberOf(cohort.id, email)).toBe(1);
    const user = await testDb().user.findUniqueOrThrow({ where: { email } });
    expect(await testDb().invitation.findFirstOrThrow({ where: { cohortId: cohort.id, email } })).toMatchObject({
      acceptedAt: expect.any(Date),
    });
    expect(
      await testDb().auditLog.findMany({ where: { actorId: user.id }, select: { action: true, entityLabel: true } }),
    ).toEqual([{ action: "invitation.accepted", entityLabel: email }]);
    expect(await checkInvitation(token)).toEqual({ status: "used" });
  });

  it("with an expired link, says so on the page and still signs up, without joining", async () => {
    const cohort = await createTestCohort();
    const { invitation, token } = await createTestInvitation(cohort.id, { expired: true });
    signInAs(null);
    expect(await checkInvitation(token)).toEqual({ status: "expired" });
    const result = await signUpAction({ name: "Late", email: invitation.email, password: STRONG, invite: token });
    expect(result).toMatchObject({ ok: true });
    expect(await testDb().user.count({ where: { email: invitation.email } })).toBe(1);
    expect(await memberOf(cohort.id, invitation.email)).toBe(0);
  });

  it("ignores a used, revoked, unknown or malformed link, and a link for another email", async () => {
    const { cohort, email, token } = await invited();
    const other = uniqueEmail();
    await signUpAction({ name: "Other", email: other, password: STRONG, invite: token });
    expect(await memberOf(cohort.id, other)).toBe(0); // not the invited address
    expect(await checkInvitation(token)).toEqual({ status: "open", email, cohortName: cohort.name });
    for (const junk of ["x".repeat(43), "<script>", "x".repeat(5000)]) {
      const someone = uniqueEmail();
      expect(await signUpAction({ name: "Junk", email: someone, password: STRONG, invite: junk })).toMatchObject({
        ok: true,
      });
      expect(await testDb().user.count({ where: { email: someone } })).toBe(1);
    }
    expect(await checkInvitation("x".repeat(43))).toEqual({ status: "unknown" });
  });

  it("answers an invited email that already has an account as any taken email: nothing joins, nothing leaks", async () => {
    const { cohort, email, token } = await invited();
    const first = await signUpAction({ name: "Existing", email, password: STRONG });
    const again = await signUpAction({ name: "Again", email, password: STRONG, invite: token });
    expect(again).toEqual(first);
    expect(await testDb().user.count({ where: { email } })).toBe(1);
    expect(await memberOf(cohort.id, email)).toBe(0);
    expect(await checkInvitation(token)).toMatchObject({ status: "open" });
  });
});

describe("pending invitations", () => {
  it("resends with a new link (the old one stops working) and revokes, both audited", async () => {
    const cohort = await createTestCohort();
    const { invitation, token } = await createTestInvitation(cohort.id);
    const resent = await actions.resendInvitationAction({ invitationId: invitation.id });
    expect(resent).toMatchObject({ ok: true, message: expect.stringContaining(invitation.email) });
    const fresh = tokenOf(sent.at(-1)!.link);
    expect(await checkInvitation(token)).toEqual({ status: "unknown" });
    expect(await checkInvitation(fresh)).toMatchObject({ status: "open", email: invitation.email });

    expect(await actions.revokeInvitationAction({ invitationId: invitation.id })).toMatchObject({ ok: true });
    expect(await testDb().invitation.count({ where: { id: invitation.id } })).toBe(0);
    expect(await checkInvitation(fresh)).toEqual({ status: "unknown" });
    expect(await actions.revokeInvitationAction({ invitationId: invitation.id })).toEqual({
      ok: false,
      message: INVITATION_GONE_MESSAGE,
    });
    expect(await actions.resendInvitationAction({ invitationId: invitation.id })).toEqual({
      ok: false,
      message: INVITATION_GONE_MESSAGE,
    });
    const trail = await testDb().auditLog.findMany({
      where: { entityId: invitation.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, entityType: true, entityLabel: true },
    });
    expect(trail).toEqual([
      { action: "invitation.resent", entityType: "Invitation", entityLabel: invitation.email },
      { action: "invitation.revoked", entityType: "Invitation", entityLabel: invitation.email },
    ]);
  });

  it("lists open invitations on the cohort, accepted ones no longer", async () => {
    const { getCohort } = await import("@/lib/cohorts/queries");
    const cohort = await createTestCohort();
    const open = await createTestInvitation(cohort.id);
    const accepted = await createTestInvitation(cohort.id);
    await testDb().invitation.update({ where: { id: accepted.invitation.id }, data: { acceptedAt: new Date() } });
    expect((await getCohort(cohort.id))!.invitations).toEqual([
      expect.objectContaining({ id: open.invitation.id, email: open.invitation.email, invitedBy: null }),
    ]);
  });
});
