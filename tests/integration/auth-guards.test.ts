import { beforeAll, describe, expect, it } from "vitest";
import { AuthenticationError, AuthorizationError } from "@/lib/auth/errors";
import {
  authorizeLearnerAccess,
  authorizeMentorOf,
  authorizeRole,
  authorizeUser,
  canAccessLearner,
} from "@/lib/auth/guards";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/session";
import { asCurrentUser, assignMentor } from "../support/auth";
import { createTestUser, testDb } from "../support/db";

describe("authorization guards", () => {
  let learner: CurrentUser;
  let otherLearner: CurrentUser;
  let mentor: CurrentUser;
  let otherMentor: CurrentUser;
  let admin: CurrentUser;

  beforeAll(async () => {
    [learner, otherLearner, mentor, otherMentor, admin] = (
      await Promise.all([
        createTestUser("LEARNER"),
        createTestUser("LEARNER"),
        createTestUser("MENTOR"),
        createTestUser("MENTOR"),
        createTestUser("ADMIN"),
      ])
    ).map(asCurrentUser) as [CurrentUser, CurrentUser, CurrentUser, CurrentUser, CurrentUser];
    await assignMentor(mentor.id, learner.id);
  });

  describe("authorizeUser / authorizeRole", () => {
    it("refuses a guest", () => {
      expect(() => authorizeUser(null)).toThrow(AuthenticationError);
      expect(() => authorizeRole(null, ["ADMIN"])).toThrow(AuthenticationError);
    });

    it("allows listed roles and refuses the others", () => {
      expect(authorizeRole(admin, ["ADMIN"])).toBe(admin);
      expect(authorizeRole(mentor, ["MENTOR", "ADMIN"])).toBe(mentor);
      expect(() => authorizeRole(learner, ["MENTOR", "ADMIN"])).toThrow(AuthorizationError);
      expect(() => authorizeRole(mentor, ["ADMIN"])).toThrow(AuthorizationError);
    });
  });

  describe("canAccessLearner / authorizeLearnerAccess", () => {
    const cases: Array<[string, () => CurrentUser | null, boolean, boolean]> = [
      // who, caller, may read, may write
      ["the learner themself", () => learner, true, true],
      ["another learner", () => otherLearner, false, false],
      ["the assigned mentor", () => mentor, true, false],
      ["an unassigned mentor", () => otherMentor, false, false],
      ["an admin", () => admin, true, true],
      ["a guest", () => null, false, false],
    ];

    it.each(cases)("%s: read %s, write %s", async (_who, caller, read, write) => {
      await expect(canAccessLearner(caller(), learner.id)).resolves.toBe(read);
      await expect(canAccessLearner(caller(), learner.id, { write: true })).resolves.toBe(write);
    });

    it("throws the typed errors", async () => {
      await expect(authorizeLearnerAccess(null, learner.id)).rejects.toBeInstanceOf(AuthenticationError);
      await expect(authorizeLearnerAccess(otherLearner, learner.id)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(authorizeLearnerAccess(mentor, learner.id, { write: true })).rejects.toBeInstanceOf(
        AuthorizationError,
      );
      await expect(authorizeLearnerAccess(mentor, learner.id)).resolves.toBe(mentor);
      await expect(authorizeLearnerAccess(admin, learner.id, { write: true })).resolves.toBe(admin);
    });

    it("follows the assignment: removing it removes the mentor's access", async () => {
      const mentee = await createTestUser("LEARNER");
      await assignMentor(otherMentor.id, mentee.id);
      await expect(canAccessLearner(otherMentor, mentee.id)).resolves.toBe(true);
      await testDb().mentorAssignment.deleteMany({ where: { mentorId: otherMentor.id, learnerId: mentee.id } });
      await expect(canAccessLearner(otherMentor, mentee.id)).resolves.toBe(false);
    });
  });

  describe("authorizeMentorOf", () => {
    it("allows the assigned mentor and an admin", async () => {
      await expect(authorizeMentorOf(mentor, learner.id)).resolves.toBe(mentor);
      await expect(authorizeMentorOf(admin, learner.id)).resolves.toBe(admin);
    });

    it("refuses an unassigned mentor, the learner themself and a guest", async () => {
      await expect(authorizeMentorOf(otherMentor, learner.id)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(authorizeMentorOf(learner, learner.id)).rejects.toBeInstanceOf(AuthorizationError);
      await expect(authorizeMentorOf(null, learner.id)).rejects.toBeInstanceOf(AuthenticationError);
    });
  });

  describe("loadActiveUser (what every request resolves a session to)", () => {
    it("returns the user as the database has it now, so a role change applies at once", async () => {
      const user = await createTestUser("LEARNER");
      expect((await loadActiveUser(user.id))?.role).toBe("LEARNER");
      await testDb().user.update({ where: { id: user.id }, data: { role: "MENTOR" } });
      expect((await loadActiveUser(user.id))?.role).toBe("MENTOR");
    });

    it("treats a deactivated user as a guest, so every guard refuses them", async () => {
      const user = await createTestUser("ADMIN");
      await testDb().user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
      const current = await loadActiveUser(user.id);
      expect(current).toBeNull();
      expect(() => authorizeRole(current, ["ADMIN"])).toThrow(AuthenticationError);
      await expect(authorizeLearnerAccess(current, user.id)).rejects.toBeInstanceOf(AuthenticationError);
    });

    it("ends a session signed before the password last changed, and keeps one signed after", async () => {
      const user = await createTestUser("LEARNER");
      expect((await loadActiveUser(user.id, 0))?.id).toBe(user.id);
      await testDb().user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
      await expect(loadActiveUser(user.id, 0)).resolves.toBeNull();
      expect((await loadActiveUser(user.id, 1))?.id).toBe(user.id);
    });

    it("treats a deleted user as a guest", async () => {
      const user = await createTestUser("LEARNER");
      await testDb().user.delete({ where: { id: user.id } });
      await expect(loadActiveUser(user.id)).resolves.toBeNull();
    });
  });
});
