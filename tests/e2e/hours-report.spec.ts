import { expect, test } from "@playwright/test";
import { signUpLearner } from "./support/auth";
import { watchCsp } from "./support/page";

test.describe("hours report", () => {
  test("a learner opens the report from /hours, chooses a period, and it prints without the navigation", async ({
    page,
  }) => {
    const violations = watchCsp(page);
    await signUpLearner(page, { name: "Petra Print", prefix: "hours-report" }); // fresh: no other test's hours

    // An hour and a half logged today is this month's and this week's.
    await page.goto("/hours");
    const logForm = page.getByRole("form", { name: "Log time" });
    await logForm.getByLabel("Duration").fill("1h 30m");
    await logForm.getByRole("button", { name: "Log time" }).click();
    await expect(logForm.getByLabel("Duration")).toHaveValue("");

    await page.getByRole("link", { name: "Printable report" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hours report" })).toBeVisible();
    await expect(page.getByRole("link", { name: "This month" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("report-Total")).toHaveText("1.5 h");

    // A reversed period is refused at its field.
    const period = page.getByRole("form", { name: "Report period" });
    const to = period.getByLabel("To");
    await to.fill("2020-01-01"); // before the 1st of this month, the "From" this month filled in
    await period.getByRole("button", { name: "Show report" }).click();
    await expect(to).toHaveAccessibleDescription("The last day must be on or after the first day.");
    await expect(to).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("heading", { name: "Hours per phase" })).toHaveCount(0);

    // The last 12 weeks: twelve week rows, and the hour and a half among them.
    await page.getByRole("link", { name: "Last 12 weeks" }).click();
    await expect(page.getByRole("link", { name: "Last 12 weeks" })).toHaveAttribute("aria-current", "page");
    const weeks = page.getByRole("region", { name: "Hours per week" }).getByRole("table");
    await expect(weeks.locator("tbody tr")).toHaveCount(12);
    await expect(page.getByTestId("report-Total")).toHaveText("1.5 h");
    await expect(page.getByRole("img", { name: "Hours per week" })).toBeVisible();

    // On paper: no header, navigation, timer or period form; the chart and the three tables stay.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.locator("body > header")).toBeHidden();
    await expect(page.getByRole("form", { name: "Report period" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    for (const name of ["Hours per week", "Hours per phase", "Hours per sub-skill"])
      await expect(page.getByRole("region", { name }).getByRole("table")).toBeVisible();
    await expect(page.getByRole("img", { name: "Hours per week" })).toBeVisible();
    // Black on white, whatever the colour scheme.
    const colours = await page
      .getByRole("heading", { level: 1 })
      .evaluate((h) => [getComputedStyle(h).color, getComputedStyle(document.body).backgroundColor]);
    expect(colours).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    expect(violations).toEqual([]);
  });
});
