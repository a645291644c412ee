import { expect, test } from "@playwright/test";
import { signInAs } from "./support/auth";

test("a mentor sees their mentee's standing and opens the read-only dashboard", async ({ page }) => {
  await signInAs(page, "mentor");

  const mentee = page.getByRole("link", { name: "Lee Learner" });
  await expect(mentee).toBeVisible();
  // Lee's row: other specs (attachments) assign more mentees to the demo mentor.
  const row = page.getByRole("listitem").filter({ has: mentee });
  await expect(row.getByRole("progressbar", { name: "Hours on the path" })).toHaveAttribute("aria-valuemax", "360");
  await mentee.click();
  await expect(page.getByRole("heading", { level: 1, name: "Lee Learner" })).toBeVisible();
  await expect(page.getByText("Read-only: the dashboard as your mentee sees it.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Log hours/i })).toHaveCount(0);
});
