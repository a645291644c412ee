import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

// Many guides (issue 13 item 3): a learner enrolled in two guides, each with its own figures,
// and the admin's guide lifecycle. Actions read the caller through the mocked session seam.

const { enrollInGuideAction, switchGuideAction } = await import("@/lib/enrolments/actions");
const { GUIDE_CLOSED_MESSAGE, NOT_ENROLLED_MESSAGE } = await import("@/lib/enrolments/schema");
const { archiveGuideAction, createGuideAction, publishGuideAction, unpublishGuideAction } =
  await import("@/lib/guide-lifecycle/actions");
const { logHoursAction } = await import("@/lib/hours/actions");
const { listTimeEntries, exportTimeEntries } = await import("@/lib/hours/queries");
const { getLearnerProgress } = await import("@/lib/dashboard/queries");
const { getLearnerSummaries } = await import("@/lib/dashboard/summaries");
const { listPhasesForLearner } = await import("@/lib/phases/queries");
const { learnerGuide } = await import("@/lib/guides/enrollment");
const { listCatalogue, listLearnerGuides } = await import("@/lib/guides/queries");
const { createFixtureGuide } = await import("../support/curriculum");
const { createEnrolledLearner, createTestUser, seededGuide, testDb } = await import("../support/db");

const TODAY = "2026-03-02";
const today = { today: TODAY, timeZone: "UTC" } as const;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const logHours = (phaseId: string, duration: string, date = TODAY) =>
  logHoursAction({ date, duration, phaseId, subSkillId: "", note: "", idempotencyKey: randomUUID() });

/** The figures a guide shows a learner, without the dates that differ between two learners. */
const figures = (progress: Awaited<ReturnType<typeof getLearnerProgress>>) => ({
  total: progress.total,
  phases: progress.phases.map((p) => ({ key: p.key, loggedMinutes: p.loggedMinutes })),
  subSkillHours: progress.subSkillHours,
  level: progress.explanation.assessment.level?.key ?? null,
  reasons: progress.explanation.reasons,
  quiz: progress.quiz,
  heatmap: progress.heatmap,
  streak: progress.streak,
  selfAssessment: progress.selfAssessment,
  recentActivity: progress.recentActivity.length,
});

beforeEach(() => {
  signInAs(null);
});

describe("a learner in two guides", () => {
  it("keeps each guide's figures separate: hours, phases, proficiency, quiz, self-check", async () => {
    const ml = await seededGuide();
    const second = await createFixtureGuide();
    const learner = signInAs(await createEnrolledLearner({ timeZone: "UTC" }));

    // On the default guide: hours through the action, a submitted quiz attempt and a self-check rating.
    expect(await logHours(ml.phases[0]!.id, "3h", "2026-03-01")).toMatchObject({ ok: true });
    await testDb().quizAttempt.create({
      data: {
        learnerId: learner.id,
        guideId: ml.id,
        questionOrder: [],
        correctCount: 8,
        totalCount: 10,
        submittedAt: day("2026-03-01"),
      },
    });
    const mlQuestion = await testDb().selfCheckQuestion.findFirstOrThrow({
      where: { guideId: ml.id, archivedAt: null },
    });
    await testDb().selfAssessment.create({ data: { learnerId: learner.id, questionId: mlQuestion.id, confidence: 4 } });
    const mlBefore = figures(await getLearnerProgress(learner.id, today));
    expect(mlBefore.total.loggedMinutes).toBe(180);
    expect(mlBefore.quiz.attempts).toBe(1);

    // Enrolling makes the second guide active; its figures are those of a learner with no record.
    expect(await enrollInGuideAction({ guideId: second.id })).toMatchObject({ ok: true });
    expect((await learnerGuide(learner.id)).guideId).toBe(second.id);
    const fresh = await createEnrolledLearner({ guideId: second.id, timeZone: "UTC" });
    expect(figures(await getLearnerProgress(learner.id, today))).toEqual(
      figures(await getLearnerProgress(fresh.id, today)),
    );
    expect((await listTimeEntries(learner.id, { page: 1 })).totalCount).toBe(0);
    expect(await exportTimeEntries(learner.id)).toEqual([]);

    // Hours logged now go to the second guide; a phase of the first is refused while it is not active.
    expect(await logHours(second.phases[1]!.id, "2h")).toMatchObject({ ok: true });
    expect(await logHours(ml.phases[0]!.id, "1h")).toMatchObject({ ok: false });
    const onSecond = await getLearnerProgress(learner.id, today);
    expect(onSecond.total.loggedMinutes).toBe(120);
    expect(onSecond.phases.map((p) => p.loggedMinutes)).toEqual([0, 120, 0]);
    expect(onSecond.quiz.attempts).toBe(0);
    expect(onSecond.streak).toBe(1);
    expect((await listPhasesForLearner(learner.id)).map((p) => p.hours.loggedMinutes)).toEqual([0, 120, 0]);
    const list = await listTimeEntries(learner.id, { page: 1 });
    expect([list.totalCount, list.totalMinutes]).toEqual([1, 120]);

    // Switching back: the first guide's figures are exactly as they were.
    expect(await switchGuideAction({ guideId: ml.id })).toMatchObject({ ok: true });
    expect(figures(await getLearnerProgress(learner.id, today))).toEqual(mlBefore);
    expect((await listTimeEntries(learner.id, { page: 1 })).totalMinutes).toBe(180);

    // Mentor and cohort views: on a given guide, or on each learner's active one.
    const [onMl] = await getLearnerSummaries([learner.id], { today: TODAY });
    const [onTheSecond] = await getLearnerSummaries([learner.id], { today: TODAY, guideId: second.id });
    expect([onMl!.totalMinutes, onTheSecond!.totalMinutes]).toEqual([180, 120]);
    expect(onTheSecond!.lastActivityDate).toBe(TODAY);
    expect(onMl!.lastActivityDate).toBe("2026-03-01");

    expect((await listLearnerGuides(learner.id)).map((g) => [g.guideId, g.active])).toEqual([
      [ml.id, true],
      [second.id, false],
    ]);
  });

  it("holds the 24 h daily cap across every guide: a day has 24 hours whatever the guide", async () => {
    const ml = await seededGuide();
    const second = await createFixtureGuide();
    signInAs(await createEnrolledLearner({ timeZone: "UTC" }));
    expect(await logHours(ml.phases[0]!.id, "20h")).toMatchObject({ ok: true });
    expect(await enrollInGuideAction({ guideId: second.id })).toMatchObject({ ok: true });
    const refused = await logHours(second.phases[0]!.id, "5h");
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.fieldErrors?.duration?.[0]).toContain("20 h already logged");
    expect(await logHours(second.phases[0]!.id, "4h")).toMatchObject({ ok: true });
  });

  it("switches only to a guide the learner is enrolled in", async () => {
    const second = await createFixtureGuide();
    signInAs(await createEnrolledLearner());
    expect(await switchGuideAction({ guideId: second.id })).toEqual({
      ok: false,
      message: NOT_ENROLLED_MESSAGE,
      fieldErrors: { guideId: [NOT_ENROLLED_MESSAGE] },
    });
  });
});

describe("the guide lifecycle", () => {
  it("creates drafts, refuses to publish an incomplete one, and keeps drafts out of the catalogue and enrolment", async () => {
    const admin = signInAs(await createTestUser("ADMIN"));
    const slug = `draft-${randomUUID().slice(0, 8)}`;
    const created = await createGuideAction({
      title: "Data Engineering",
      slug,
      category: "Engineering",
      tagline: "Pipelines.",
      overview: "About pipelines.",
    });
    expect(created).toMatchObject({ ok: true, data: { slug } });
    const draft = await testDb().guide.findUniqueOrThrow({ where: { slug } });
    expect(draft.status).toBe("DRAFT");
    expect(await testDb().auditLog.count({ where: { entityId: draft.id, action: "guide.created" } })).toBe(1);

    const refused = await publishGuideAction({ guideId: draft.id });
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.message).toBe(
      "This guide cannot be published yet. Add at least one phase. Add at least one sub-skill. Add at least one proficiency level.",
    );
    expect((await testDb().guide.findUniqueOrThrow({ where: { slug } })).status).toBe("DRAFT");

    // The same slug again is refused at the field.
    const again = await createGuideAction({ title: "Again", slug, category: "E", tagline: "T", overview: "O" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringContaining("already uses")] } });

    signInAs(await createEnrolledLearner());
    expect(await enrollInGuideAction({ guideId: draft.id })).toMatchObject({
      ok: false,
      fieldErrors: { guideId: [GUIDE_CLOSED_MESSAGE] },
    });
    expect((await listCatalogue(null)).some((g) => g.id === draft.id)).toBe(false);
    signInAs(admin);
  });

  it("refuses to publish while the sub-skill weights miss 100, then publishes", async () => {
    signInAs(await createTestUser("ADMIN"));
    const guide = await createFixtureGuide({ status: "DRAFT" });
    await testDb().subSkill.update({
      where: { id: guide.subSkills[0]!.id },
      data: { weightPercent: { decrement: 5 } },
    });
    const refused = await publishGuideAction({ guideId: guide.id });
    expect(!refused.ok && refused.message).toBe(
      "This guide cannot be published yet. Sub-skill weights: Weights must add up to 100 (now 95).",
    );
    await testDb().subSkill.update({
      where: { id: guide.subSkills[0]!.id },
      data: { weightPercent: { increment: 5 } },
    });
    expect(await publishGuideAction({ guideId: guide.id })).toMatchObject({ ok: true });
    const published = await testDb().guide.findUniqueOrThrow({ where: { id: guide.id } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).not.toBeNull();
    expect((await listCatalogue(null)).some((g) => g.id === guide.id)).toBe(true);
  });

  it("archives a guide: out of the catalogue, no new enrolment, every learner record kept", async () => {
    const guide = await createFixtureGuide();
    const learner = signInAs(await createEnrolledLearner({ timeZone: "UTC" }));
    expect(await enrollInGuideAction({ guideId: guide.id })).toMatchObject({ ok: true });
    expect(await logHours(guide.phases[0]!.id, "2h")).toMatchObject({ ok: true });

    signInAs(await createTestUser("ADMIN"));
    expect(await archiveGuideAction({ guideId: guide.id })).toMatchObject({ ok: true });
    expect(await testDb().auditLog.count({ where: { entityId: guide.id, action: "guide.archived" } })).toBe(1);
    expect((await listCatalogue(null)).some((g) => g.id === guide.id)).toBe(false);
    expect(await archiveGuideAction({ guideId: guide.id })).toMatchObject({
      ok: false,
      message: "This guide is already archived.",
    });

    // The learner still follows it and reads their records; nobody new can enrol.
    expect((await learnerGuide(learner.id)).guideId).toBe(guide.id);
    expect((await getLearnerProgress(learner.id, today)).total.loggedMinutes).toBe(120);
    signInAs(await createEnrolledLearner());
    expect(await enrollInGuideAction({ guideId: guide.id })).toMatchObject({
      ok: false,
      message: GUIDE_CLOSED_MESSAGE,
    });

    // Published again, it takes enrolments again.
    signInAs(await createTestUser("ADMIN"));
    expect(await publishGuideAction({ guideId: guide.id })).toMatchObject({ ok: true });
  });

  it("unpublishes a guide back to draft, but never the default guide new learners start on", async () => {
    signInAs(await createTestUser("ADMIN"));
    const guide = await createFixtureGuide();
    expect(await unpublishGuideAction({ guideId: guide.id })).toMatchObject({ ok: true });
    expect((await testDb().guide.findUniqueOrThrow({ where: { id: guide.id } })).status).toBe("DRAFT");
    expect(await unpublishGuideAction({ guideId: guide.id })).toMatchObject({
      ok: false,
      message: "Only a published guide can be unpublished.",
    });
    const ml = await seededGuide();
    for (const action of [unpublishGuideAction, archiveGuideAction])
      expect(await action({ guideId: ml.id })).toMatchObject({
        ok: false,
        message: "This is the guide new learners start on: it stays published.",
      });
  });
});
