import { expect as baseExpect, test, type Page } from "@playwright/test";
import { mlInfrastructureGuide as guide } from "../../lib/guides/content/ml-infrastructure";
import { signUpLearner } from "./support/auth";
import { horizontalOverflow } from "./support/page";

// Server actions then a server render per step; a busy 2-core machine can take seconds each.
const expect = baseExpect.configure({ timeout: 15_000 });

/** A fresh learner per run, so the test never depends on other tests' data. */
const signUp = (page: Page) =>
  signUpLearner(page, { name: "Quinn Quiz", prefix: "quiz", password: "amber lighthouse cactus violin" });

const questions = guide.quiz;
const explanations = questions.map((q) => q.explanation);
const byPrompt = new Map(questions.map((q) => [q.prompt, q]));

/** Every question group on the take page, in the attempt's order. */
const questionGroups = (page: Page) => page.getByRole("group", { name: /^Question \d+ of \d+/ });

async function answerAll(page: Page, choose: (prompt: string) => number, skipLast = false) {
  const groups = questionGroups(page);
  await expect(groups).toHaveCount(questions.length);
  const count = skipLast ? questions.length - 1 : questions.length;
  for (let i = 0; i < count; i += 1) {
    const group = groups.nth(i);
    const prompt = (await group.locator("legend span").nth(1).textContent())!.trim();
    await group.getByRole("radio").nth(choose(prompt)).check();
  }
}

test.describe("quiz and self-assessment", () => {
  // Each test signs up (argon2) and walks several server-rendered pages: generous on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("take the quiz, see the score and explanations, retake, see history; rate yourself beside the evidence", async ({
    page,
  }) => {
    await signUp(page);

    await page.goto("/quiz");
    await expect(page.getByRole("heading", { level: 1, name: "Quiz" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "You haven't taken the quiz yet" })).toBeVisible();
    await page.getByRole("button", { name: "Take the quiz" }).click();
    await expect(page).toHaveURL(/\/quiz\/[^/]+$/);
    const firstAttemptUrl = page.url();

    // Before submission, neither the HTML nor the RSC payload holds an answer key.
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const body = await (await page.request.get(firstAttemptUrl, { headers })).text();
      expect(body).toContain(questions[0]!.prompt);
      expect(body).not.toContain("correctOption");
      for (const explanation of explanations) expect(body).not.toContain(explanation);
    }

    // Keyboard: the options are a native radio group, arrow keys choose.
    const first = questionGroups(page).first();
    await first.getByRole("radio").first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(first.getByRole("radio").nth(1)).toBeChecked();

    // Every answer right, but the last question left out: refused, with the question named.
    await answerAll(page, (prompt) => byPrompt.get(prompt)!.correctOption, true);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.getByTestId("form-message")).toHaveText(
      `Answer every question before submitting: question ${questions.length} is unanswered.`,
    );
    await expect(questionGroups(page).last()).toHaveAccessibleDescription("Choose an answer.");
    const last = questionGroups(page).last();
    const lastPrompt = (await last.locator("legend span").nth(1).textContent())!.trim();
    await last.getByRole("radio").nth(byPrompt.get(lastPrompt)!.correctOption).check();
    await page.getByRole("button", { name: "Submit answers" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "Attempt 1: your result" })).toBeVisible();
    await expect(page.getByTestId("quiz-score")).toHaveText("100%");
    await expect(page.getByRole("progressbar", { name: "Model Serving Architecture" })).toHaveAttribute(
      "aria-valuetext",
      "3 of 3 · 100%",
    );
    await expect(page.getByText(explanations[0]!)).toBeVisible();
    await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(questions.length);

    // Retake: a new attempt, this time always the first option.
    await page.getByRole("button", { name: "Retake the quiz" }).click();
    await expect(page).not.toHaveURL(firstAttemptUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Take the quiz" })).toBeVisible();
    await answerAll(page, () => 0);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Attempt 2: your result" })).toBeVisible();
    const firstOptionRight = questions.filter((q) => q.correctOption === 0).length;
    await expect(page.getByTestId("quiz-score")).toHaveText(
      `${Math.round((1000 * firstOptionRight) / questions.length) / 10}%`,
    );

    await page.getByRole("link", { name: "All attempts" }).click();
    const history = page.getByTestId("quiz-history").getByRole("listitem");
    await expect(history).toHaveCount(2);
    await expect(history.nth(0)).toContainText("Attempt 2");
    await expect(history.nth(0)).toContainText("Latest");
    await expect(history.nth(0)).not.toContainText("Best");
    await expect(history.nth(1)).toContainText("Attempt 1");
    await expect(history.nth(1)).toContainText("Best");
    await expect(history.nth(1)).toContainText("100%");

    // Self-assessment: rate the two Model Serving questions 4 and 5.
    await page.goto("/self-assessment");
    await expect(page.getByRole("heading", { level: 1, name: "Self-assessment" })).toBeVisible();
    const serving = guide.selfChecks.filter((c) => c.subSkillKey === "model-serving-architecture");
    await page.getByRole("group", { name: serving[0]!.prompt }).getByLabel("4 – Confidently").check();
    await page.getByRole("group", { name: serving[1]!.prompt }).getByLabel("5 – Could teach it").check();
    await page.getByRole("button", { name: "Save ratings" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Saved 2 ratings.");

    const card = page.getByTestId("calibration-model-serving-architecture");
    await expect(card).toContainText("4.5 / 5");
    // Evidence: no hours, no approved work, a perfect best quiz → 20; confidence 87.5 → over-confident.
    await expect(card).toContainText("20 / 100");
    await expect(card).toContainText("Over-confident by 67.5 points");
    await expect(card).toContainText("3 of 3 correct (100%) in your best attempt");
    await expect(page.getByTestId("mean-model-serving-architecture")).toHaveText(
      "Mean of your latest ratings: 4.5 / 5",
    );
    await expect(page.getByRole("group", { name: serving[0]!.prompt })).toContainText("Latest rating: 4 on");

    // Saving again without a change adds nothing.
    await page.getByRole("button", { name: "Save ratings" }).click();
    await expect(page.getByTestId("form-message")).toHaveText(
      "No changes to save: your ratings are the same as last time.",
    );
  });

  test("the quiz and self-assessment pages fit a phone screen", async ({ page }) => {
    await signUp(page);
    await page.setViewportSize({ width: 375, height: 740 });
    for (const path of ["/quiz", "/self-assessment"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
    }
    await page.goto("/quiz");
    await page.getByRole("button", { name: "Take the quiz" }).click();
    await expect(questionGroups(page).first()).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("another learner's attempt is not found", async ({ page, browser }) => {
    await signUp(page);
    await page.goto("/quiz");
    await page.getByRole("button", { name: "Take the quiz" }).click();
    await expect(page).toHaveURL(/\/quiz\/[^/]+$/);
    const url = page.url();

    const other = await browser.newPage();
    await signUp(other);
    await other.goto(url);
    await expect(other.getByRole("heading", { level: 1, name: "That quiz attempt was not found" })).toBeVisible();
    await other.close();
  });
});
