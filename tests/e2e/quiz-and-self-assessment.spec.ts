import { expect as baseExpect, test, type Page } from "@playwright/test";
import { mlInfrastructureGuide as guide } from "../../lib/guides/content/ml-infrastructure";
import { newPageAs, signUpLearner } from "./support/auth";
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
/** The default quiz policy draws 12 questions per attempt from the bank. */
const PER_ATTEMPT = 12;
/** A question's prompt: the legend's last line (the first says "Question n of m", maybe "· from the guide"). */
const promptOf = async (group: ReturnType<typeof questionGroups>) =>
  (await group.locator("legend > span").last().textContent())!.trim();

/** Answers every question (but the last, if asked) and returns the prompts in the attempt's order. */
async function answerAll(page: Page, choose: (prompt: string) => number, skipLast = false) {
  const groups = questionGroups(page);
  await expect(groups).toHaveCount(PER_ATTEMPT);
  const prompts: string[] = [];
  for (let i = 0; i < PER_ATTEMPT; i += 1) {
    const group = groups.nth(i);
    const prompt = await promptOf(group);
    prompts.push(prompt);
    if (!(skipLast && i === PER_ATTEMPT - 1)) await group.getByRole("radio").nth(choose(prompt)).check();
  }
  return prompts;
}

test.describe("quiz and self-assessment", () => {
  // Each test signs up (argon2) and walks several server-rendered pages: generous on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  // Under the default policy: a pass reveals the answers, and a retake waits for the 24-hour cooldown.
  test("take the quiz, see the score and explanations, wait for a retake, see history; rate yourself beside the evidence", async ({
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
    const firstPrompt = await promptOf(questionGroups(page).first());
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const body = await (await page.request.get(firstAttemptUrl, { headers })).text();
      // Up to the first character HTML would escape.
      expect(body).toContain(firstPrompt.split(/['"&<>]/)[0]!);
      expect(body).not.toContain("correctOption");
      for (const explanation of explanations) expect(body).not.toContain(explanation);
    }

    // Keyboard: the options are a native radio group, arrow keys choose.
    const first = questionGroups(page).first();
    await first.getByRole("radio").first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(first.getByRole("radio").nth(1)).toBeChecked();

    // Every answer right, but the last question left out: refused, with the question named.
    const prompts = await answerAll(page, (prompt) => byPrompt.get(prompt)!.correctOption, true);
    await page.getByRole("button", { name: "Submit answers" }).click();
    await expect(page.getByTestId("form-message")).toHaveText(
      `Answer every question before submitting: question ${PER_ATTEMPT} is unanswered.`,
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
    await expect(page.getByText(byPrompt.get(prompts[0]!)!.explanation)).toBeVisible();
    // Passed (100 % ≥ 70 %): the default policy shows which answers were right.
    await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(PER_ATTEMPT);
    await expect(page.getByTestId("answers-hidden")).toHaveCount(0);

    // Was: retake at once. Now the default 24-hour cooldown applies: no retake button, the reason on the overview.
    await expect(page.getByRole("button", { name: "Retake the quiz" })).toHaveCount(0);
    await page.getByRole("link", { name: "All attempts" }).click();
    await expect(page.getByTestId("quiz-start-refused")).toContainText("the quiz asks for 24 hours between attempts");
    await expect(page.getByRole("button", { name: /Start a new attempt|Take the quiz/ })).toHaveCount(0);
    const history = page.getByTestId("quiz-history").getByRole("listitem");
    await expect(history).toHaveCount(1);
    await expect(history.nth(0)).toContainText("Attempt 1");
    await expect(history.nth(0)).toContainText("Best");
    await expect(history.nth(0)).toContainText("Latest");
    await expect(history.nth(0)).toContainText("100%");

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
    // Evidence: no hours, no approved work, a perfect counted quiz → 20; confidence 87.5 → over-confident.
    await expect(card).toContainText("20 / 100");
    await expect(card).toContainText("Over-confident by 67.5 points");
    await expect(card).toContainText("3 of 3 correct (100%) in the attempts that count");
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

  test("review after the last attempt (2 allowed): answers hidden after attempt 1, shown after attempt 2, a third start refused", async ({
    page,
    browser,
  }) => {
    const admin = await newPageAs(browser, "admin");
    const setPolicy = async (values: { max: string; cooldown: string; review: string }) => {
      await admin.goto("/admin/curriculum/quiz-policy");
      await admin.getByLabel("Maximum attempts").fill(values.max);
      await admin.getByLabel("Cooldown between attempts").fill(values.cooldown);
      await admin.getByLabel("Show which answers were right").selectOption({ label: values.review });
      await admin.getByRole("button", { name: "Save quiz policy" }).click();
      await expect(admin.getByTestId("form-message")).toHaveText(/Quiz policy saved\.|Nothing changed\./);
    };
    try {
      await setPolicy({ max: "2", cooldown: "0", review: "After the last allowed attempt" });
      await signUp(page);
      await page.goto("/quiz");
      await expect(page.getByRole("heading", { level: 1, name: "Quiz" })).toBeVisible();
      await expect(page.getByText("2 attempts in all (2 left)")).toBeVisible();

      // Attempt 1, all right: still no answer key, only the score per sub-skill and the explanations.
      await page.getByRole("button", { name: "Take the quiz" }).click();
      const prompts1 = await answerAll(page, (prompt) => byPrompt.get(prompt)!.correctOption);
      await page.getByRole("button", { name: "Submit answers" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Attempt 1: your result" })).toBeVisible();
      await expect(page.getByTestId("quiz-score")).toHaveText("100%");
      await expect(page.getByTestId("answers-hidden")).toHaveText(
        "Which answers were right is shown after your last attempt (2 attempts in all).",
      );
      await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(0);
      await expect(page.getByText("Your answer", { exact: true })).toHaveCount(0);
      await expect(page.getByText(byPrompt.get(prompts1[0]!)!.explanation)).toBeVisible();
      await expect(page.getByRole("list", { name: "Score per sub-skill" }).getByRole("progressbar")).toHaveCount(6);

      // Attempt 2 (the last): a fresh draw, and now the answers are shown.
      await page.getByRole("button", { name: "Retake the quiz" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Take the quiz" })).toBeVisible();
      const prompts2 = await answerAll(page, () => 0);
      expect(prompts2.filter((p) => prompts1.includes(p)).length).toBeLessThanOrEqual(PER_ATTEMPT / 2);
      await page.getByRole("button", { name: "Submit answers" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Attempt 2: your result" })).toBeVisible();
      await expect(page.getByTestId("answers-hidden")).toHaveCount(0);
      await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(PER_ATTEMPT);
      await expect(page.getByRole("button", { name: "Retake the quiz" })).toHaveCount(0);

      // Attempt 1's page now shows its answers too; a third start is refused, with the reason.
      await page.getByRole("link", { name: "All attempts" }).click();
      await expect(page.getByTestId("quiz-start-refused")).toHaveText(
        "You have used all 2 attempts this quiz allows: no more attempts can be started.",
      );
      await expect(page.getByRole("button", { name: /Start a new attempt|Take the quiz/ })).toHaveCount(0);
      await page.getByRole("link", { name: "View attempt 1" }).click();
      await expect(page.getByText("Correct answer", { exact: true })).toHaveCount(PER_ATTEMPT);
    } finally {
      // The shared guide goes back to the defaults other specs expect.
      await setPolicy({ max: "0", cooldown: "24", review: "After the learner passes" });
      await admin.close();
    }
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
