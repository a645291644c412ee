import { expect, test } from "@playwright/test";
import { signUpLearner } from "./support/auth";
import { watchCsp } from "./support/page";

test.describe("weekly goal", () => {
  test("a learner sets a goal, sees the week against it and when the path ends at it", async ({ page }) => {
    const violations = watchCsp(page);
    await signUpLearner(page, { name: "Gail Goal", prefix: "weekly-goal" }); // fresh: no other test's hours

    const card = page.getByRole("region", { name: "Weekly goal" });
    const form = card.getByRole("form", { name: "Set your weekly goal" });
    const field = form.getByLabel("Hours per week");
    await field.fill("six");
    await form.getByRole("button", { name: "Save goal" }).click();
    await expect(form.getByText("Write hours a week like 6, 7.5, 6:30 or 6h 30m.")).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");

    await field.fill("6");
    await form.getByRole("button", { name: "Save goal" }).click();
    await expect(form.getByTestId("form-message")).toHaveText("Weekly goal set: 6 h a week.");
    const week = card.getByRole("progressbar", { name: "Logged this week" });
    await expect(week).toHaveAttribute("aria-valuetext", "0 min of 6 h");
    // The 360 h path at 6 h a week: 360 × 7 / 6 = 420 days.
    await expect(card.getByTestId("goal-finish")).toHaveText(
      /^At 6 h a week you finish the path around \d{1,2} [A-Z][a-z]{2} \d{4} \(in 420 days\)\.$/,
    );

    // An hour logged today counts toward this week, and brings the end closer: 359 h → 419 days.
    await page.goto("/hours");
    const logForm = page.getByRole("form", { name: "Log time" });
    await logForm.getByLabel("Duration").fill("1h");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm.getByLabel("Duration")).toHaveValue("");
    await page.goto("/dashboard");
    await expect(week).toHaveAttribute("aria-valuetext", "1 h of 6 h");
    await expect(card.getByTestId("goal-finish")).toContainText("(in 419 days)");
    await expect(field).toHaveValue("6h");

    // Emptied and saved, the goal is gone.
    await field.fill("");
    await form.getByRole("button", { name: "Save goal" }).click();
    await expect(form.getByTestId("form-message")).toHaveText("Weekly goal removed.");
    await expect(week).toHaveCount(0);
    expect(violations).toEqual([]);
  });
});
