import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { signUpLearner } from "./support/auth";

const fixture = (name: string) => resolve(import.meta.dirname, "../fixtures", name);

test.describe("importing another tracker's export", () => {
  test.describe.configure({ timeout: 120_000 });

  test("maps the columns, asks for the date order, adds rules, previews, then imports once", async ({ page }) => {
    await signUpLearner(page, { name: "Ivo Import", prefix: "import" });
    // The import has its own page, linked from /hours.
    await page.goto("/hours");
    await page.getByRole("link", { name: "Import past entries" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import past entries" })).toBeVisible();
    const form = page.getByRole("form", { name: "Import entries from CSV" });
    await form.getByLabel("CSV file").setInputFiles(fixture("other-ambiguous.csv"));
    await expect(form.getByLabel("CSV text")).toHaveValue(/^Day,What,Time spent,Category/);
    await expect(form.getByRole("button", { name: "Import", exact: true })).toBeDisabled();

    // An unknown header: the preview asks which column holds what.
    await form.getByRole("button", { name: "Preview" }).click();
    const columns = form.getByRole("group", { name: "Which column holds what?" });
    await expect(columns).toBeVisible();
    await columns.getByLabel("Date (or start date)").selectOption("Day");
    await columns.getByLabel("Duration").selectOption("Time spent");
    await columns.getByLabel("Description").selectOption("What");
    await columns.getByLabel("Tags").selectOption("Category");
    await form.getByRole("button", { name: "Preview" }).click();

    // 02/03, 04/05, 05/04: every date reads both ways, so the preview asks.
    await form.getByLabel("Day first (03/02/2026 is 3 February)").check();
    const summary = form.getByTestId("import-summary");
    await expect(summary).toHaveText("CSV with your column choices: 3 no phase yet.");

    // Rules: the suggestion starts from the first row's tag.
    const rules = page.getByRole("region", { name: "Rules for other trackers" });
    await expect(rules.getByLabel("Text")).toHaveValue("serving");
    await rules.getByLabel("Phase").selectOption({ index: 1 });
    await rules.getByRole("button", { name: "Save rule" }).click();
    await expect(summary).toHaveText("CSV with your column choices: 2 new, 1 no phase yet.");
    await expect(rules.getByLabel("Text")).toHaveValue("phase1");
    await rules.getByRole("button", { name: "Save rule" }).click();
    await expect(summary).toHaveText("CSV with your column choices: 3 new.");
    await expect(form.getByTestId("import-preview").locator("tr[data-outcome=new]")).toHaveCount(3);
    await expect(rules.getByRole("list", { name: "Your rules" }).getByRole("listitem")).toHaveCount(2);

    await form.getByRole("button", { name: "Import 3 new entries" }).click();
    await expect(form.getByTestId("form-message")).toContainText("Imported 3 entries.");
    await page.getByRole("link", { name: "Back to hours" }).click();
    await expect(page.getByTestId("time-entry")).toHaveCount(3);
    await expect(page.getByTestId("time-entry").filter({ hasText: "Read the serving chapter" })).toContainText(
      "1 h 30 min",
    );
    await page.goto("/hours/import");

    // The same file again: the preview says every line is already there.
    await form.getByLabel("CSV file").setInputFiles(fixture("other-ambiguous.csv"));
    await form.getByRole("button", { name: "Preview" }).click();
    await form
      .getByRole("group", { name: "Which column holds what?" })
      .getByLabel("Date (or start date)")
      .selectOption("Day");
    await form
      .getByRole("group", { name: "Which column holds what?" })
      .getByLabel("Duration")
      .selectOption("Time spent");
    await form.getByRole("group", { name: "Which column holds what?" }).getByLabel("Description").selectOption("What");
    await form.getByRole("group", { name: "Which column holds what?" }).getByLabel("Tags").selectOption("Category");
    await form.getByRole("button", { name: "Preview" }).click();
    await form.getByLabel("Day first (03/02/2026 is 3 February)").check();
    await expect(summary).toHaveText("CSV with your column choices: 3 already imported.");
  });

  test("recognises a Toggl Track export and downloads one's hours as CSV", async ({ page }) => {
    await signUpLearner(page, { name: "Tove Toggl", prefix: "toggl" });
    await page.goto("/hours/import");
    const form = page.getByRole("form", { name: "Import entries from CSV" });
    await form.getByLabel("CSV file").setInputFiles(fixture("toggl-detailed.csv"));
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(form.getByTestId("import-summary")).toHaveText(/^Toggl Track detailed report: 4 no phase yet\.$/);
    // The session from 23:30 to 00:45 is two entries, one per day.
    await expect(form.getByTestId("import-preview").getByText("split at midnight")).toHaveCount(2);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export your hours as CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(/^skilltrail-hours-\d{4}-\d{2}-\d{2}\.csv$/);
  });
});
