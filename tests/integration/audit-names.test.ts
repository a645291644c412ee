import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signInAs } from "../support/action-mocks";

/**
 * The audit trail names things (issue 16 item 10): each entry keeps its subject's name and the
 * names of the rows its reference fields point to as they were when it was written; older
 * entries fall back to today's names; kinds have one spelling; the CSV export holds the
 * filtered entries with those names, formulas defused.
 */
const cohorts = await import("@/lib/cohorts/actions");
const curriculum = await import("@/lib/curriculum/actions");
const { describeAuditChange } = await import("@/lib/audit/diff-view");
const { listAuditEntries } = await import("@/lib/audit/queries");
const { auditFilterSchema } = await import("@/lib/audit/schema");
const { GET: exportRoute } = await import("@/app/api/admin/audit/export/route");
const { createFaq, createFixtureGuide } = await import("../support/curriculum");
const { createTestUser, testDb } = await import("../support/db");

let admin: Awaited<ReturnType<typeof createTestUser>>;
let guide: Awaited<ReturnType<typeof createFixtureGuide>>;
beforeAll(async () => {
  guide = await createFixtureGuide();
});
beforeEach(async () => {
  admin = await createTestUser("ADMIN");
  signInAs(admin);
});

const entriesBy = async (actor: string, kind?: string) =>
  (await listAuditEntries(auditFilterSchema.parse({ actor, kind }), "UTC")).entries;

describe("names in the audit trail", () => {
  it("keeps the subject's name as it was when each entry was written", async () => {
    const first = `Autumn ${randomUUID().slice(0, 6)}`;
    const created = await cohorts.createCohortAction({ name: first, startDate: "2026-09-07" });
    const cohortId = (created as { data: { id: string } }).data.id;
    const second = `Winter ${randomUUID().slice(0, 6)}`;
    expect(await cohorts.updateCohortAction({ cohortId, name: second, startDate: "2026-09-07" })).toMatchObject({
      ok: true,
    });
    const [updated, made] = await entriesBy(admin.email, "Cohort");
    expect(made).toMatchObject({
      action: "cohort.created",
      entityType: "Cohort",
      entityId: cohortId,
      entityLabel: first,
    });
    expect(updated).toMatchObject({ action: "cohort.updated", entityLabel: second });
  });

  it("shows a reference field's id as the referenced row's name at the time, even after a rename", async () => {
    const question = guide.quizQuestions[0]!;
    const [from, to] = [
      guide.subSkills.find((s) => s.id === question.subSkillId)!,
      guide.subSkills.find((s) => s.id !== question.subSkillId)!,
    ];
    const saved = await curriculum.saveCurriculumItemAction({
      part: "quizQuestion",
      id: question.id,
      guideId: guide.id,
      subSkillId: to.id,
      prompt: question.prompt,
      options: question.options,
      correctOption: question.correctOption,
      explanation: question.explanation,
    });
    expect(saved).toMatchObject({ ok: true });
    await testDb().subSkill.update({ where: { id: to.id }, data: { name: `${to.name} (renamed later)` } });

    const [entry] = await entriesBy(admin.email, "QuizQuestion");
    expect(entry).toMatchObject({ action: "quizQuestion.updated", entityLabel: question.prompt.slice(0, 160) });
    expect(entry!.names).toEqual({ [from.id]: from.name, [to.id]: to.name });
    expect(describeAuditChange(entry!.before, entry!.after, entry!.names)).toEqual([
      { field: "sub-skill", before: from.name, after: to.name },
    ]);
  });

  it("keeps the name of a row that was deleted", async () => {
    const faq = await createFaq(guide.id);
    expect(await curriculum.removeCurriculumItemAction({ entity: "faq", id: faq.id })).toMatchObject({ ok: true });
    expect(await testDb().faq.count({ where: { id: faq.id } })).toBe(0);
    const [entry] = await entriesBy(admin.email, "Faq");
    expect(entry).toMatchObject({ action: "faq.deleted", entityId: faq.id, entityLabel: faq.question });
    // The deleted row's guideId still names the guide.
    expect(entry!.names[guide.id]).toBe(guide.title);
  });

  it("names entries written before names were stored with today's names", async () => {
    const email = `legacy-${randomUUID()}@test.skilltrail.dev`;
    const phase = guide.phases[1]!;
    const subSkill = guide.subSkills[2]!;
    await testDb().auditLog.createMany({
      data: [
        { actorEmail: email, action: "phase.updated", entityType: "Phase", entityId: phase.id, after: { position: 3 } },
        {
          actorEmail: email,
          action: "deliverable.updated",
          entityType: "Deliverable",
          entityId: "cgone000000000000000000000",
          before: { subSkillIds: [] },
          after: { subSkillIds: [subSkill.id, "cunknown0000000000000000"] },
        },
      ],
    });
    const entries = await entriesBy(email);
    const byAction = new Map(entries.map((e) => [e.action, e]));
    expect(byAction.get("phase.updated")).toMatchObject({ entityLabel: phase.title });
    // Nothing to name: the id stays, so the row can still be traced.
    expect(byAction.get("deliverable.updated")).toMatchObject({ entityLabel: null });
    expect(byAction.get("deliverable.updated")!.names).toEqual({ [subSkill.id]: subSkill.name });
  });

  it("holds every kind to one spelling in the database", async () => {
    await expect(
      testDb().auditLog.create({
        data: { action: "checklistItem.archived", entityType: "checklistItem", entityId: "x" },
      }),
    ).rejects.toThrow(/AuditLog_entityType_canonical/);
  });
});

describe("the audit CSV export", () => {
  const get = (query: string) => exportRoute(new Request(`http://localhost/api/admin/audit/export?${query}`));

  it("exports the filtered entries (every page) with names, formulas defused", async () => {
    const names = ['=HYPERLINK("http://evil.example","x")', `Plain ${randomUUID().slice(0, 6)}`];
    for (const name of names) await cohorts.createCohortAction({ name, startDate: "2026-09-07" });
    const other = await createTestUser("ADMIN");
    signInAs(other);
    await cohorts.createCohortAction({ name: `Not mine ${randomUUID().slice(0, 6)}`, startDate: "2026-09-07" });
    signInAs(admin);

    const response = await get(new URLSearchParams({ actor: admin.email, kind: "Cohort" }).toString());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe('"time","actor","kind","subject","subject_id","action","change"');
    expect(lines).toHaveLength(4); // header, two entries, the final line break
    expect(lines[1]).toContain(`"${admin.email}","Cohort","${names[1]}"`);
    expect(lines[2]).toContain(`"${admin.email}","Cohort","'=HYPERLINK(""http://evil.example"",""x"")"`);
    // Inside a cell, not at its start, a formula is only text: the change is shown as it was.
    expect(lines[2]).toMatch(
      /,"cohort\.created","name: — → =HYPERLINK\(""http:\/\/evil\.example"",""x""\); start date: — → 2026-09-07"$/,
    );
    expect(lines.join("\n")).not.toContain("Not mine");
  });

  it("refuses anyone but an admin", async () => {
    signInAs(await createTestUser("MENTOR"));
    expect((await get("")).status).toBe(403);
    signInAs(null);
    expect((await get("")).status).toBe(401);
  });
});
