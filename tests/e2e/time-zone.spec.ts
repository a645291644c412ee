import { expect, test } from "@playwright/test";
import { signUpLearner } from "./support/auth";

// A browser far from UTC: the account takes its zone at sign-up (issue 12 item 6).
test.use({ timezoneId: "Pacific/Auckland" });

test("a new account's time zone is the browser's, shown with a link to change it", async ({ page }) => {
  await signUpLearner(page, { prefix: "e2e-tz" });
  const note = page.getByTestId("time-zone-note");
  await expect(note).toHaveText("Times are in Pacific/Auckland — change");

  await page.goto("/hours");
  await expect(page.getByTestId("time-zone-note")).toContainText("Pacific/Auckland");
  // The log form's default date is today in Auckland, not in UTC.
  const aucklandToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Pacific/Auckland" }).format(new Date());
  await expect(page.getByRole("form", { name: "Log time" }).getByLabel("Date")).toHaveValue(aucklandToday);

  await page.getByTestId("time-zone-note").getByRole("link", { name: "change" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByLabel("Time zone")).toHaveValue("Pacific/Auckland");
});
