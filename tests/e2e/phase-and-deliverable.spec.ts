import { expect, test, type Page } from "@playwright/test";
import { signUpLearner as signUp } from "./support/auth";
import { actionDone, horizontalOverflow } from "./support/page";

const TOPIC = "ML lifecycle stages and infrastructure needs";
const DELIVERABLE = "Dockerized ML application with basic API";
const REPO = "https://github.com/e2e-learner/dockerized-ml-api";

const signUpLearner = (page: Page) =>
  signUp(page, { name: "Pia Phases", prefix: "phases", password: "orchid tunnel saffron ladder" });

async function expectNoHorizontalScroll(page: Page, what: string) {
  expect(await horizontalOverflow(page), what).toBeLessThanOrEqual(0);
}

test.describe("phases and deliverables", () => {
  test.describe.configure({ timeout: 90_000 });

  test("tick a topic, write a note, submit a deliverable and see it in the history", async ({ page }) => {
    await signUpLearner(page);

    await page.goto("/phases");
    await expect(page.getByRole("heading", { level: 1, name: "Phases" })).toBeVisible();
    await page.getByRole("link", { name: "Foundations & Core Concepts" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Foundations & Core Concepts" })).toBeVisible();

    // Tick a topic: it checks at once and is still checked after a reload.
    const topic = page.getByRole("checkbox", { name: TOPIC });
    await expect(topic).not.toBeChecked();
    await Promise.all([actionDone(page), topic.check()]);
    await page.reload();
    await expect(page.getByRole("checkbox", { name: TOPIC })).toBeChecked();
    await expect(page.getByText("1 of 5 done")).toBeVisible();

    // A private note, from the keyboard.
    await page.getByRole("button", { name: `Add a note to “${TOPIC}”` }).click();
    const note = page.getByLabel(`Private note on “${TOPIC}”`);
    await expect(note).toBeFocused();
    await note.fill("Read chapter 2 of the MLOps book.");
    await page.getByRole("button", { name: "Save note" }).click();
    await expect(page.getByTestId("checklist-note")).toHaveText(/Read chapter 2 of the MLOps book\./);
    await expect(page.getByRole("button", { name: `Edit the note on “${TOPIC}”` })).toBeFocused();
    await page.reload();
    await expect(page.getByTestId("checklist-note")).toHaveText(/Read chapter 2 of the MLOps book\./);

    // The deliverable, from the phase page.
    const deliverable = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: DELIVERABLE }) });
    await expect(deliverable.getByTestId("submission-status")).toHaveText("Not started");
    await page.getByRole("link", { name: DELIVERABLE }).click();
    await expect(page.getByRole("heading", { level: 1, name: DELIVERABLE })).toBeVisible();
    await expect(page.getByTestId("submission-status")).toHaveText("Not started");

    // A bad link is refused at its field; nothing is submitted.
    await page.getByLabel("Repository URL").fill("javascript:alert(1)");
    await page
      .getByLabel("Description")
      .fill("## How to run\n\nBuild with **docker build** and call `/predict`.\n\n<script>alert(1)</script>");
    await expect(page.getByTestId("description-preview").locator("strong", { hasText: "docker build" })).toBeVisible();
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByLabel("Repository URL")).toHaveAccessibleDescription(/starting with https:\/\//);
    await expect(page.getByTestId("submission-status")).toHaveText("Not started");

    await page.getByLabel("Repository URL").fill(REPO);
    await page.getByRole("button", { name: "Submit for review" }).click();
    await expect(page.getByTestId("submission-status")).toHaveText("Submitted");
    await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0); // a submitted version can't be edited

    const version = page.getByTestId("version-1");
    await expect(version.getByRole("link", { name: REPO })).toHaveAttribute("href", REPO);
    await expect(version.locator("strong", { hasText: "docker build" })).toBeVisible();
    await expect(version.locator("code", { hasText: "/predict" })).toBeVisible();
    await expect(version.getByText("<script>alert(1)</script>")).toBeVisible(); // shown as text, never run
    await expect(page.getByRole("region", { name: "Status changes" }).getByRole("listitem")).toHaveText([
      /^Submitted · .* · by you$/,
    ]);

    // Back on the phase page the deliverable shows its new state.
    await page.getByRole("link", { name: /Phase 1: Foundations/ }).click();
    await expect(
      page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: DELIVERABLE }) })
        .getByTestId("submission-status"),
    ).toHaveText("Submitted");
  });

  test("the phase, deliverable and project pages fit a phone screen", async ({ page }) => {
    await signUpLearner(page);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/phases");
    await expectNoHorizontalScroll(page, "/phases");
    await page.getByRole("link", { name: "Foundations & Core Concepts" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoHorizontalScroll(page, "phase page");
    await page.getByRole("link", { name: DELIVERABLE }).click();
    await expect(page.getByRole("heading", { level: 1, name: DELIVERABLE })).toBeVisible();
    await expectNoHorizontalScroll(page, "deliverable page");
    await page.goto("/projects");
    await expect(page.getByRole("heading", { level: 1, name: "Portfolio projects" })).toBeVisible();
    await expectNoHorizontalScroll(page, "/projects");
  });

  test("pick a portfolio project and track it", async ({ page }) => {
    await signUpLearner(page);
    await page.goto("/projects");
    const card = page.getByRole("article", { name: "End-to-End ML Pipeline for Image Classification" });
    await card.getByRole("button", { name: /^Pick/ }).click();
    await expect(card.getByTestId("project-status")).toHaveText("Planned");

    // Changed with project reviews: "Submitted" comes from "Submit for review" on the project's
    // page (tests/e2e/project-review.spec.ts), so the card offers planned and in progress only.
    await card.getByLabel("Status").selectOption("IN_PROGRESS");
    await card.getByLabel("Repository URL").fill("javascript:alert(1)");
    await card.getByRole("button", { name: "Save progress" }).click();
    await expect(card.getByLabel("Repository URL")).toHaveAccessibleDescription(/starting with https:\/\//);
    await card.getByLabel("Repository URL").fill("https://github.com/e2e-learner/image-pipeline");
    await card.getByRole("button", { name: "Save progress" }).click();
    await expect(card.getByTestId("project-status")).toHaveText("In progress");
    await expect(card.getByLabel("Status").locator("option")).toHaveText(["Planned", "In progress"]); // no "Submitted", no "Approved"
    await expect(card.getByRole("link", { name: /Describe it and submit for review/ })).toBeVisible();
  });
});
