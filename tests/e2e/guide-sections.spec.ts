import { expect, test } from "@playwright/test";
import { signInAs, signUpLearner } from "./support/auth";
import { actionDone, horizontalOverflow } from "./support/page";

const PHASE = "Foundations & Core Concepts";
const RESOURCE = "Docker overview (Docker docs)";

test.describe("the guide's sections where a learner needs them", () => {
  test.describe.configure({ timeout: 90_000 });

  test("a new learner starts with the tips and FAQ; a phase shows them, and a resource done shrinks what's left", async ({
    page,
  }) => {
    await signUpLearner(page, { name: "Gus Guide", prefix: "sections", password: "velvet harbour quartz eleven" });

    // The dashboard of a new learner: getting started, open.
    const start = page.getByRole("region", { name: "Getting started" });
    await expect(start.getByText("Start with free resources to validate your interest before investing")).toBeVisible();
    await expect(start.getByText("How is ML Infrastructure different from DevOps?")).toBeVisible();

    await page.goto("/phases");
    await page.getByRole("link", { name: PHASE }).click();
    await expect(page.getByRole("heading", { level: 1, name: PHASE })).toBeVisible();

    // Learning tips and the FAQ, folded: opened by their summary.
    await page.getByTestId("faq").locator("summary").click();
    await expect(page.getByText("How is ML Infrastructure different from DevOps?")).toBeVisible();
    await page.getByTestId("learning-tips").locator("summary").click();
    await expect(page.getByText("Build projects as you learn to reinforce concepts")).toBeVisible();

    // What's left counts the resources' time until one is marked done.
    const left = page.getByTestId("left-resources");
    await expect(left).toHaveText("8 resources to work through, about 21 h 35 min");
    const link = page.getByRole("link", { name: new RegExp(`^${RESOURCE.replace(/[()]/g, "\\$&")}`) });
    await expect(link).toHaveAttribute("href", "https://docs.docker.com/get-started/docker-overview/");
    const done = page.getByRole("checkbox", { name: `Done with “${RESOURCE}”` });
    await Promise.all([actionDone(page), done.check()]);
    await expect(left).toHaveText("7 resources to work through, about 21 h 15 min");
    await page.reload();
    await expect(page.getByRole("checkbox", { name: `Done with “${RESOURCE}”` })).toBeChecked();
    await expect(page.getByTestId("left-resources")).toHaveText("7 resources to work through, about 21 h 15 min");

    // Undone: the minutes count again.
    await Promise.all([actionDone(page), page.getByRole("checkbox", { name: `Done with “${RESOURCE}”` }).uncheck()]);
    await expect(page.getByTestId("left-resources")).toHaveText("8 resources to work through, about 21 h 35 min");

    await page.setViewportSize({ width: 375, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test("the career page marks a phrase backed by approved work and another not yet", async ({ page }) => {
    // The demo learner's approved deliverable (a Dockerized API) shows serving and infrastructure as code.
    await signInAs(page, "learner");
    await page.getByRole("link", { name: "Career" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Career" })).toBeVisible();

    const backed = page
      .getByTestId("resume-phrase")
      .filter({ hasText: "scalable ML infrastructure serving 100+ models" });
    await expect(backed.getByText("Backed by your approved evidence")).toBeVisible();
    const notYet = page.getByTestId("resume-phrase").filter({ hasText: "Built automated ML pipelines" });
    await expect(notYet.getByText("Not yet backed")).toBeVisible();
    await expect(notYet).toContainText("ML Pipeline Automation (no approved work yet)");
    await expect(page.getByText("Quantify achievements whenever possible")).toBeVisible();

    // A claimed sub-skill links to its page, with the guide's example tasks.
    await notYet.getByRole("link", { name: "ML Pipeline Automation" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "ML Pipeline Automation" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Example tasks" })).toBeVisible();

    await page.goto("/career");
    await page.setViewportSize({ width: 375, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
