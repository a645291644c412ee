import { randomUUID } from "node:crypto";
import { seededGuide, testDb } from "../../support/db";
import { LEARNERS_ONLY, self, type CallContext, type Rules } from "./rules";

/**
 * Hours actions are self-only: none takes a learner id, each acts on the caller, and only
 * learners may call them (`roles: ["LEARNER"]`). Logging study is the learner's own record:
 * mentors read hours but never log them, and an admin changing someone's hours is not a
 * feature. Each input is built for the caller, so "learner-other" acts on their own entries;
 * another learner's entry id is "not found", covered in tests/integration/hours.test.ts.
 */
const DATE = "2026-03-02";
const firstPhaseId = async () => (await seededGuide()).phases[0]!.id;
const ownEntry = async (context: CallContext) =>
  testDb().timeEntry.create({
    data: {
      learnerId: self(context).id,
      phaseId: await firstPhaseId(),
      date: new Date(`${DATE}T00:00:00Z`),
      minutes: 30,
    },
  });

const ownTimer = async (context: CallContext, minutesAgo: number) =>
  testDb().runningTimer.create({
    data: {
      learnerId: self(context).id,
      phaseId: await firstPhaseId(),
      startedAt: new Date(Date.now() - minutesAgo * 60_000),
    },
  });

export const rules: Rules = {
  "lib/hours/actions.ts#logHoursAction": {
    expect: LEARNERS_ONLY,
    input: async () => ({
      date: DATE,
      duration: "1h 15m",
      phaseId: await firstPhaseId(),
      idempotencyKey: randomUUID(),
    }),
  },
  "lib/hours/actions.ts#updateTimeEntryAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({
      id: (await ownEntry(context)).id,
      date: DATE,
      duration: "2h",
      phaseId: await firstPhaseId(),
    }),
  },
  "lib/hours/actions.ts#deleteTimeEntryAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ id: (await ownEntry(context)).id }),
  },
  "lib/hours/actions.ts#importTimeEntriesAction": {
    expect: LEARNERS_ONLY,
    input: () => ({
      csv: `date,hours,minutes,phase\n${DATE},1,0,foundations-core-concepts\n`,
      importKey: randomUUID(),
    }),
  },
  "lib/hours/actions.ts#previewImportAction": {
    expect: LEARNERS_ONLY,
    input: () => ({ csv: `date,hours,phase\n${DATE},1.5,foundations-core-concepts\n` }),
  },
  "lib/hours/actions.ts#saveImportRuleAction": {
    expect: LEARNERS_ONLY,
    input: async () => ({ field: "TAG", pattern: `tag-${randomUUID()}`, phaseId: await firstPhaseId() }),
  },
  "lib/hours/actions.ts#deleteImportRuleAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({
      id: (
        await testDb().importRule.create({
          data: {
            learnerId: self(context).id,
            field: "TAG",
            pattern: `tag-${randomUUID()}`,
            phaseId: await firstPhaseId(),
          },
        })
      ).id,
    }),
  },
  // The timer has no id: each call acts on the caller's own (another learner's stop finds no
  // timer, covered in tests/integration/hours-timer.test.ts).
  "lib/hours/actions.ts#startTimerAction": {
    expect: LEARNERS_ONLY,
    input: async () => ({ phaseId: await firstPhaseId(), note: "Model serving" }),
  },
  "lib/hours/actions.ts#stopTimerAction": {
    expect: LEARNERS_ONLY,
    // Started 20 hours ago: any trimmed time a form sends is shorter, and none at all is refused.
    input: async (context) => {
      await ownTimer(context, 20 * 60);
      return { duration: "1h", phaseId: await firstPhaseId() };
    },
  },
  "lib/hours/actions.ts#discardTimerAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => {
      await ownTimer(context, 30);
      return {};
    },
  },
  // The caller's own entries only: the route takes no id. Mentors and admins have no hours.
  "app/api/hours/export/route.ts#GET": {
    expect: LEARNERS_ONLY,
    request: () => new Request("http://localhost/api/hours/export"),
  },
};
