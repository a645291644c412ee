import { randomUUID } from "node:crypto";
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { mlInfrastructureGuide as guide } from "../../lib/guides/content/ml-infrastructure";
import { DEMO, DEMO_PASSWORD, newPageAs, SLOW, uniqueEmail, type NewLearner, type StorageState } from "./support/auth";
import {
  expectAnnouncedError,
  expectFocusRing,
  expectLiveMessage,
  expectTabOrder,
  pressUntilFocused,
  retype,
} from "./support/keyboard";
import { withDb } from "./support/page";

/**
 * Every form, driven with the keyboard alone: Tab / Shift+Tab / Enter / Space / arrow keys and
 * typing into whatever has the focus (no clicks, no `fill`). At each stop the focused element
 * shows a focus ring; a form's controls are reached in document order; a refused submit puts
 * the focus on the first invalid field, which is aria-invalid and described by a message in a
 * live region; in-place confirmations and editors take the focus and give it back (the app has
 * no modal dialogs or pop-up menus: each of those steps opens in place).
 *
 * One learner is signed up (from the keyboard) and carried through the learner's forms; the
 * mentor then reviews that learner's submission and the admin changes that learner's role.
 * Curriculum text and order changed by the admin test are put back as seeded.
 */

// Server actions revalidate and re-render: a busy 2-core machine can take seconds per step.
const expect = baseExpect.configure({ timeout: 15_000 });
const TOPIC = guide.phases[0]!.topics[0]!.title;
const DELIVERABLE = guide.phases[0]!.deliverables[0]!.title;

test.describe.configure({ mode: "serial", timeout: 90_000 });

let learner: NewLearner;
let learnerState: StorageState;

async function pageWith(browser: Browser, state: StorageState): Promise<Page> {
  return (await browser.newContext({ storageState: state })).newPage();
}

test("skip link and sign-in: error announced, focus kept, then signed in", async ({ page }) => {
  await page.goto("/sign-in");
  // The first Tab reaches the skip link; Enter moves the focus to the main content.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expectFocusRing(page);
  await expect(skip).toHaveAttribute("href", "#main");
  // Visually hidden until focused, then shown (not a 1 px clipped box).
  expect((await skip.boundingBox())!.width).toBeGreaterThan(20);
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  const form = page.locator("form").filter({ has: page.getByLabel("Password") });
  const email = form.getByLabel("Email");
  await pressUntilFocused(page, email);
  await expectTabOrder(page, form);
  await page.keyboard.type(DEMO.learner);
  await page.keyboard.press("Tab");
  await page.keyboard.type("not the password");
  await page.keyboard.press("Enter");
  // Wrong credentials are one message for the whole form (never which field): announced, and the
  // focus stays where the learner was typing.
  await expectLiveMessage(form, "Email or password is incorrect.");
  await expect(form.getByLabel("Password")).toBeFocused();
  await retype(page, DEMO_PASSWORD);
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Shift+Tab");
  await pressUntilFocused(page, form.getByRole("button", { name: "Sign in" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/, SLOW);
});

test("sign up: field errors announced and focused, then the account is created", async ({ page }) => {
  await page.goto("/sign-up");
  const form = page.locator("form").filter({ has: page.getByLabel("Password") });
  await pressUntilFocused(page, form.getByLabel("Name"));
  await expectTabOrder(page, form);
  const email = uniqueEmail("keyboard");
  await page.keyboard.type("Kim Keyboard");
  await page.keyboard.press("Tab");
  await page.keyboard.type("not-an-email");
  await page.keyboard.press("Tab");
  await page.keyboard.type("password1234");
  await page.keyboard.press("Enter");

  const emailField = form.getByLabel("Email");
  await expect(emailField).toBeFocused(); // the first invalid field
  await expectAnnouncedError(emailField, /Enter a valid email address/);
  await expectAnnouncedError(form.getByLabel("Password"), /too common/);
  await retype(page, email);
  await page.keyboard.press("Tab");
  await retype(page, "walnut harbour cedar ninety");
  await page.keyboard.press("Enter");
  // Sign-up ends on the sign-in page whether or not the email was new (docs/security.md), with
  // the notice announced; signing in from there is keyboard-only too.
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-up$/, SLOW);
  await expectLiveMessage(page, "Your account is ready");
  const signIn = page.locator("form").filter({ has: page.getByLabel("Password") });
  await pressUntilFocused(page, signIn.getByLabel("Email"));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("walnut harbour cedar ninety");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/, SLOW);
  learner = { email, password: "walnut harbour cedar ninety", name: "Kim Keyboard" };
  learnerState = await page.context().storageState();
});

test("log hours: refused then logged; edit in place; delete with an in-place confirmation", async ({ browser }) => {
  const page = await pageWith(browser, learnerState);
  await page.goto("/hours");
  // The signed-in pages start with the skip link too; it jumps over the header's navigation.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  const form = page.getByRole("form", { name: "Log time" });
  await pressUntilFocused(page, form.getByLabel("Date"));
  await expectTabOrder(page, form);

  // No duration: refused at the duration, which takes the focus.
  await pressUntilFocused(page, form.getByRole("button", { name: "Log time" }));
  await page.keyboard.press("Enter");
  const duration = form.getByLabel("Duration");
  await expect(duration).toBeFocused();
  await expectAnnouncedError(duration, /Write a duration like 1h 30m, 1:30 or 1\.5/);
  await page.keyboard.type("1h 30m");
  await page.keyboard.press("Enter");
  await expectLiveMessage(form, /Logged 1 h 30 min on/);
  // The fields are emptied for the next entry; the focus goes to Duration instead of being dropped.
  await expect(duration).toBeFocused();
  await expect(duration).toHaveValue("");

  // Edit: the form opens on its first field; saving gives the focus back to "Edit".
  const row = page.getByTestId("time-entry").first();
  const edit = row.getByRole("button", { name: /^Edit/ });
  await pressUntilFocused(page, edit);
  await page.keyboard.press("Enter");
  const editForm = page.getByRole("form", { name: /^Edit entry of/ });
  await expect(editForm.getByLabel("Date")).toBeFocused();
  await expectTabOrder(page, editForm);
  await pressUntilFocused(page, editForm.getByLabel("Duration"));
  await retype(page, "2h 15m");
  await page.keyboard.press("Enter");
  await expect(row).toContainText("2 h 15 min");
  await expect(row.getByRole("button", { name: /^Edit/ })).toBeFocused();

  // Escape closes the editor and returns the focus too.
  await page.keyboard.press("Enter");
  await expect(editForm.getByLabel("Date")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(row.getByRole("button", { name: /^Edit/ })).toBeFocused();

  // Delete asks in place: focus on Cancel (the harmless choice); Escape returns to Delete.
  await page.keyboard.press("Tab");
  await expect(row.getByRole("button", { name: /^Delete/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(row.getByRole("button", { name: /^Delete/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "Delete entry" })).toBeFocused();
  await expectFocusRing(page);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("time-entry")).toHaveCount(0);
  await expect(page.locator("#entries-heading")).toBeFocused();
  await page.context().close();
});

test("phase checklist: tick with Space, write a note; submit a deliverable after a refusal", async ({ browser }) => {
  const page = await pageWith(browser, learnerState);
  await page.goto(`/phases/${guide.phases[0]!.key}`);
  const topic = page.getByRole("checkbox", { name: TOPIC });
  await pressUntilFocused(page, topic);
  await page.keyboard.press("Space");
  await expect(topic).toBeChecked();
  await expect(page.getByText("1 of 5 done")).toBeVisible();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Add a note to “${TOPIC}”` })).toBeFocused();
  await page.keyboard.press("Enter");
  const note = page.getByLabel(`Private note on “${TOPIC}”`);
  await expect(note).toBeFocused();
  await page.keyboard.type("Revisit the lifecycle diagram.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save note" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("checklist-note")).toHaveText(/Revisit the lifecycle diagram\./);
  const editNote = page.getByRole("button", { name: `Edit the note on “${TOPIC}”` });
  await expect(editNote).toBeFocused();
  // Escape cancels the editor and gives the focus back.
  await page.keyboard.press("Enter");
  await expect(note).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(editNote).toBeFocused();

  // To the deliverable by its link, then its form.
  await pressUntilFocused(page, page.getByRole("link", { name: DELIVERABLE }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: DELIVERABLE })).toBeVisible();
  const form = page.getByRole("form", { name: "Version 1" });
  const repo = form.getByLabel("Repository URL");
  await pressUntilFocused(page, repo);
  await expectTabOrder(page, form);
  await page.keyboard.type("javascript:alert(1)");
  await pressUntilFocused(page, form.getByLabel("Description"));
  await page.keyboard.type("A FastAPI service in a **multi-stage** image.");
  const submit = form.getByRole("button", { name: "Submit for review" });
  await pressUntilFocused(page, submit);
  await page.keyboard.press("Enter");
  await expect(repo).toBeFocused();
  await expectAnnouncedError(repo, /starting with https:\/\//);
  await retype(page, "https://github.com/kim-keyboard/dockerized-ml-api");
  await pressUntilFocused(page, submit);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("submission-status").first()).toHaveText("Submitted");
  await page.context().close();
});

test("quiz: answer with Space and arrows, a skipped question is focused and announced; self-assessment", async ({
  browser,
}) => {
  const page = await pageWith(browser, learnerState);
  await page.goto("/quiz");
  await pressUntilFocused(page, page.getByRole("button", { name: "Take the quiz" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quiz\/[^/]+$/, SLOW);

  const groups = page.getByRole("group", { name: /^Question \d+ of \d+/ });
  // The default quiz policy draws 12 questions per attempt from the bank.
  const perAttempt = 12;
  await expect(groups).toHaveCount(perAttempt);
  const submit = page.getByRole("button", { name: "Submit answers" });
  // One stop per question (a radio group), in order, then the submit button.
  await pressUntilFocused(page, groups.first().getByRole("radio").first());
  await expectTabOrder(page, page.locator("form").filter({ has: submit }));
  // Tab enters each question's radio group; the arrow key picks the second option, Space the first.
  for (let i = 0; i < perAttempt - 1; i += 1) {
    await pressUntilFocused(page, groups.nth(i).getByRole("radio").first());
    await page.keyboard.press(i % 2 === 0 ? "ArrowDown" : "Space");
    await expect(
      groups
        .nth(i)
        .getByRole("radio")
        .nth(i % 2 === 0 ? 1 : 0),
    ).toBeChecked();
  }
  await pressUntilFocused(page, submit);
  await page.keyboard.press("Enter");
  const last = groups.last();
  await expect(last).toBeFocused();
  await expectAnnouncedError(last, /Choose an answer/);
  await expectLiveMessage(page, /question \d+ is unanswered/);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(last.getByRole("radio").first()).toBeChecked();
  await pressUntilFocused(page, submit);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Attempt 1: your result" })).toBeVisible();

  await page.goto("/self-assessment");
  const first = page.getByRole("group", { name: guide.selfChecks[0]!.prompt });
  await pressUntilFocused(page, first.getByRole("radio").first());
  await page.keyboard.press("ArrowRight"); // 1 → 2
  await page.keyboard.press("ArrowRight"); // 2 → 3
  await expect(first.getByRole("radio").nth(2)).toBeChecked();
  const save = page.getByRole("button", { name: "Save ratings" });
  await pressUntilFocused(page, save);
  await page.keyboard.press("Enter");
  await expectLiveMessage(page, "Saved 1 rating.");
  await expect(save).toBeFocused();
  await page.context().close();
});

test("mentor: a change request needs a comment, announced at the field; then it is sent", async ({ browser }) => {
  // The demo mentor takes this learner on for the test only: other specs count the demo mentor's mentees.
  const assignment = await assignDemoMentor(learner.email);
  const page = await newPageAs(browser, "mentor");
  try {
    await page.goto("/mentor/reviews");
    const item = page.getByTestId("queue-item").filter({ hasText: learner.name });
    await pressUntilFocused(page, item.getByRole("link", { name: `Review ${DELIVERABLE}` }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: DELIVERABLE })).toBeVisible();

    const form = page.getByRole("form", { name: "Decision on version 1" });
    const comment = form.getByLabel("Review comment");
    await pressUntilFocused(page, comment);
    await expectTabOrder(page, form);
    await pressUntilFocused(page, form.getByRole("button", { name: "Request changes" }));
    await page.keyboard.press("Enter");
    await expect(comment).toBeFocused();
    await expectAnnouncedError(comment, /Say what needs to change/);
    await page.keyboard.type("Run the container as a non-root user.");
    // Every criterion of the rubric, by keyboard: Tab enters a group, Space picks its first level, an arrow the next.
    const criteria = form.getByTestId("rubric-form").getByRole("group");
    for (let i = 0; i < (await criteria.count()); i += 1) {
      await pressUntilFocused(page, criteria.nth(i).getByRole("radio").first());
      await page.keyboard.press("Space");
      await page.keyboard.press("ArrowDown");
      await expect(criteria.nth(i).getByRole("radio", { name: /^Developing\b/ })).toBeChecked();
    }
    await pressUntilFocused(page, form.getByRole("button", { name: "Request changes" }));
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("review-decision")).toContainText("Changes requested");
  } finally {
    await withDb((db) => db.query(`DELETE FROM "MentorAssignment" WHERE id = $1`, [assignment]));
    await page.context().close();
  }
});

test("admin: reorder with the keyboard, in-place confirmations, edit a text item after a refusal, change a role", async ({
  browser,
}) => {
  const page = await newPageAs(browser, "admin");
  const path = "/admin/curriculum/text/outcomes";
  await page.goto(path);
  const items = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Move “/ }) });
  const firstTitle = (await items.first().getByTestId("item-title").textContent())!.trim();
  expect(firstTitle).toBe(guide.sections.OUTCOME[0]);

  try {
    // Reorder: Move down, the focus stays on the moved item's button; Move up puts it back.
    const down = page.getByRole("button", { name: `Move “${firstTitle}” down`, exact: true });
    const up = page.getByRole("button", { name: `Move “${firstTitle}” up`, exact: true });
    await pressUntilFocused(page, down);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `Moved “${firstTitle}” to position 2` })).toBeVisible();
    await expect(down).toBeFocused();
    await expect(items.nth(1)).toContainText(firstTitle);
    // The list is aria-busy until the server's new order is in; a move meanwhile is ignored.
    await expect(page.locator("ol[aria-busy]")).toHaveCount(0);
    await page.keyboard.press("Shift+Tab");
    await expect(up).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: `Moved “${firstTitle}” to position 1` })).toBeVisible();
    await expect(up).toBeFocused();
    await expect(items.first()).toContainText(firstTitle);
    await expect(page.locator("ol[aria-busy]")).toHaveCount(0);

    // Delete asks in place: the focus moves to the confirming button; Escape and Cancel both
    // back out and give the focus back to Delete.
    const remove = page.getByRole("button", { name: `Delete “${firstTitle}”`, exact: true });
    await pressUntilFocused(page, remove, { key: "Shift+Tab" });
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: `Delete “${firstTitle}” for good` })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(remove).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(remove).toBeFocused();

    // Edit: open the disclosure with Enter, empty the field (refused, focused), then save a change
    // (put back as seeded at the end).
    const first = items.first();
    const summary = first.locator("summary");
    await pressUntilFocused(page, summary, { key: "Shift+Tab" }); // back up from the Move buttons
    await page.keyboard.press("Enter");
    const text = first.getByLabel("Text");
    const save = first.getByRole("button", { name: "Save" });
    const form = first.locator("form").filter({ has: page.getByLabel("Text") });
    await page.keyboard.press("Tab");
    await expect(text).toBeFocused();
    await expectTabOrder(page, form);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await pressUntilFocused(page, save);
    await page.keyboard.press("Enter");
    await expect(text).toBeFocused();
    await expectAnnouncedError(text, /Enter the text\./);
    await page.keyboard.type(`${firstTitle} (edited)`);
    await pressUntilFocused(page, save);
    await page.keyboard.press("Enter");
    await expectLiveMessage(form, /saved/i);
    await expect(page.getByTestId("item-title").filter({ hasText: `${firstTitle} (edited)` })).toBeVisible();
  } finally {
    await restoreOutcomes(); // the seeded order and text, even if a step above failed
  }

  // Role change on the learner signed up above: arrow keys choose in the select.
  await page.goto(`/admin/users?q=${encodeURIComponent(learner.email)}`);
  await pressUntilFocused(page, page.getByRole("main").getByRole("link", { name: learner.name }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: learner.name })).toBeVisible();
  // Deactivating asks in place too; Escape backs out to the first button.
  const deactivate = page.getByRole("button", { name: "Deactivate account…" });
  await pressUntilFocused(page, deactivate);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Yes, deactivate" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(deactivate).toBeFocused();
  const role = page.getByLabel("Role", { exact: true });
  await pressUntilFocused(page, role, { key: "Shift+Tab" }); // the role card is above
  await expectTabOrder(page, page.locator("form").filter({ has: role }));
  await page.keyboard.press("ArrowDown");
  await expect(role).toHaveValue("MENTOR");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Change role" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expectLiveMessage(page, /Mentor/);
  await page.context().close();
});

/** Assigning a mentor is an admin screen of its own (tested elsewhere): here the row is written directly. Returns its id. */
async function assignDemoMentor(learnerEmail: string): Promise<string> {
  const id = `kb-${randomUUID()}`;
  await withDb((db) =>
    db.query(
      `INSERT INTO "MentorAssignment" (id, "mentorId", "learnerId")
       SELECT $1, m.id, l.id FROM "User" m, "User" l WHERE m.email = $2 AND l.email = $3`,
      [id, DEMO.mentor, learnerEmail],
    ),
  );
  return id;
}

/**
 * Puts the outcomes back as seeded, text and order, whatever the test got to: the edited text
 * loses its suffix, and the seeded texts take the positions they had, in the guide's order.
 */
async function restoreOutcomes() {
  const seeded = guide.sections.OUTCOME;
  await withDb(async (db) => {
    await db.query("BEGIN");
    try {
      const { rows } = await db.query<{ id: string; text: string; position: number }>(
        `SELECT t.id, t.text, t.position FROM "GuideTextItem" t JOIN "Guide" g ON g.id = t."guideId"
         WHERE g.slug = 'ml-infrastructure' AND t.kind = 'OUTCOME' ORDER BY t.position FOR UPDATE`,
      );
      const positions = rows.map((row) => row.position);
      const fixed = rows.map((row) => ({
        ...row,
        text: seeded.find((text) => row.text.startsWith(`${text} (edited)`)) ?? row.text,
      }));
      const order = [...fixed].sort((a, b) => rank(a.text) - rank(b.text));
      // Two steps, so the unique (guideId, kind, position) never sees two rows on one position.
      for (const row of order)
        await db.query(`UPDATE "GuideTextItem" SET position = -1 - position WHERE id = $1`, [row.id]);
      for (const [index, row] of order.entries()) {
        await db.query(`UPDATE "GuideTextItem" SET position = $2, text = $3 WHERE id = $1`, [
          row.id,
          positions[index],
          row.text,
        ]);
      }
      await db.query("COMMIT");
    } catch (error) {
      await db.query("ROLLBACK");
      throw error;
    }
  });
  function rank(text: string) {
    const index = seeded.indexOf(text);
    return index === -1 ? seeded.length : index; // texts an admin added keep their place after the seeded ones
  }
}
