import { expect, test } from "@playwright/test";
import { DEMO, signUpLearner, submitSignIn as signIn } from "./support/auth";
import { horizontalOverflow, watchCsp } from "./support/page";

test.describe("learner dashboard", () => {
  test("a fresh learner sees 0 h of 360 h and where to start", async ({ page }) => {
    const violations = watchCsp(page); // the what-if control is client-side
    await signUpLearner(page, { name: "Dana Dashboard", prefix: "dashboard" }); // a fresh learner: no other test's data

    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Dana Dashboard" })).toBeVisible();
    await expect(page.getByTestId("total-hours")).toHaveText("0 h of 360 h");
    await expect(page.getByRole("heading", { name: "Start your path" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Log your first hours" })).toHaveAttribute("href", "/hours");
    await expect(page.getByRole("link", { name: "Take the quiz" }).first()).toHaveAttribute("href", "/quiz");
    await expect(page.getByTestId("current-level")).toHaveText("Beginner");
    await expect(page.getByTestId("streak")).toHaveText("Current streak: 0 days");
    await expect(
      page.getByText("Nothing yet: logged hours, submissions and quiz attempts will appear here."),
    ).toBeVisible();
    const phaseBar = page.getByRole("progressbar", { name: "Phase 1: Foundations & Core Concepts" });
    await expect(phaseBar).toHaveAttribute("aria-valuetext", "0 min of 60 h");
    const redFlags = page.getByRole("region", { name: "Red flags" });
    await expect(redFlags.getByRole("listitem")).toHaveCount(5);
    // Listed as practices to avoid: a fresh record shows none of their patterns, so no warning.
    await expect(redFlags.getByText("Warning", { exact: true })).toHaveCount(0);

    // What if: 20 h a week finishes the 360 h path in 18 weeks; the slider moves with the keyboard.
    const whatIf = page.getByLabel("What if I did this many hours a week?");
    await whatIf.fill("20");
    const pace = page.getByRole("region", { name: "Pace and projections" });
    await expect(pace.getByText("(in 126 days)")).toBeVisible();
    const slider = page.getByRole("slider", { name: "Hours per week (slider)" });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(whatIf).toHaveValue("20.5");
    await whatIf.fill("500");
    await expect(pace.getByText("Enter a number of hours between 0 and 168.")).toBeVisible();
    await expect(whatIf).toHaveAttribute("aria-invalid", "true");
    expect(violations).toEqual([]);
  });

  test("the demo learner sees their level and a year of activity", async ({ page }) => {
    await signIn(page, DEMO.learner);
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("current-level")).toHaveText(/^(Beginner|Intermediate|Advanced|Expert)$/);
    await expect(page.getByRole("heading", { name: /^Why you are at / })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^What's missing for / })).toBeVisible();

    const heatmap = page.getByRole("group", { name: /^Study time per day/ });
    await expect(heatmap).toBeVisible();
    // The browser draws the cells when the grid scrolls near the viewport (heatmap-grid.tsx).
    await heatmap.scrollIntoViewIfNeeded();
    await expect(heatmap).not.toHaveAttribute("aria-busy");
    // Every logged day is a cell named by its date and time, e.g. "3 Mar 2026: 2 h 15 min".
    const logged = heatmap.getByRole("img", { name: /^\d{1,2} [A-Z][a-z]{2,3} \d{4}: \d+ (h|min)/ });
    await expect(logged.first()).toBeVisible();
    expect(await logged.count()).toBeGreaterThan(0);
    await expect(heatmap.getByRole("img", { name: /: no time logged$/ }).first()).toBeAttached();
    await expect(page.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveCount(5);
    await expect(page.getByRole("region", { name: "Recent activity" }).getByRole("listitem").first()).toBeVisible();
  });

  test("a long unbroken name wraps instead of widening the page, on desktop and phone", async ({ page }) => {
    const name = `Unbroken${"x".repeat(92)}`; // 100 characters, no space to break at
    await signUpLearner(page, { name, prefix: "long-name" });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/dashboard");
      await expect(page.getByTestId("total-hours")).toBeVisible();
      expect(await horizontalOverflow(page), `overflow at ${width} px`).toBeLessThanOrEqual(0);
    }
  });

  test("fits a phone screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, DEMO.learner);
    await expect(page.getByTestId("total-hours")).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("mentors and admins land on their own home instead", async ({ page }) => {
    await signIn(page, DEMO.mentor);
    await expect(page).toHaveURL(/\/mentor$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/mentor$/);
  });
});
