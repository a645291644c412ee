import { expect, test } from "@playwright/test";
import { signUpLearner } from "./support/auth";
import { actionDone } from "./support/page";

/**
 * One learner's day, end to end: every step is a real form against the real database, and the
 * dashboard's figures are read before and after to see them move.
 */
test("a new learner logs hours, ticks a topic, submits a deliverable, and the dashboard follows", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpLearner(page, { name: "Jo Journey", prefix: "journey", password: "harbor violet compass eleven" });
  await expect(page.getByTestId("total-hours")).toHaveText("0 h of 360 h");

  await page.goto("/hours");
  const logForm = page.getByRole("form", { name: "Log time" });
  await logForm.getByLabel("Duration").fill("2h");
  await logForm.getByRole("button", { name: "Log time" }).click();
  await expect(logForm.getByTestId("form-message")).toContainText("Logged 2 h on");

  await page.goto("/phases");
  await page.getByRole("link", { name: "Foundations & Core Concepts" }).click();
  const topic = page.getByRole("checkbox", { name: "ML lifecycle stages and infrastructure needs" });
  await Promise.all([actionDone(page), topic.check()]);
  await page.getByRole("link", { name: "Dockerized ML application with basic API" }).click();
  await page.getByLabel("Repository URL").fill("https://github.com/journey/dockerized-ml-api");
  await page.getByLabel("Description").fill("A FastAPI service in a **multi-stage** image.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("submission-status")).toHaveText("Submitted");

  await page.goto("/dashboard");
  await expect(page.getByTestId("total-hours")).toHaveText("2 h of 360 h");
  await expect(page.getByRole("progressbar", { name: "Phase 1: Foundations & Core Concepts" })).toHaveAttribute(
    "aria-valuetext",
    "2 h of 60 h",
  );
  const activity = page.getByRole("region", { name: "Recent activity" }).getByRole("listitem");
  expect(await activity.count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("streak")).toHaveText("Current streak: 1 day");
});
