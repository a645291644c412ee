import { expect, test } from "@playwright/test";
import { newLearnerPage, SLOW, submitSignIn } from "./support/auth";

/**
 * A password change ends every session signed with the old password: the one on another
 * device (a lost laptop keeps nothing) and the one that made the change, which lands on the
 * sign-in page saying why. The new password works; the old one no longer does.
 */
test("changing the password signs the account out everywhere", async ({ browser }) => {
  test.setTimeout(120_000);
  const { page: laptop, email, password } = await newLearnerPage(browser, { name: "Sam Sessions", prefix: "sessions" });
  const phone = await (await browser.newContext()).newPage();
  await submitSignIn(phone, email, password);
  await expect(phone).toHaveURL(/\/dashboard$/, SLOW);

  const newPassword = "amber kettle horizon seventy";
  await laptop.goto("/account/password");
  await laptop.getByLabel("Current password").fill(password);
  await laptop.getByRole("textbox", { name: "New password", exact: true }).fill(newPassword);
  await laptop.getByLabel("Repeat the new password").fill(newPassword);
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop).toHaveURL(/\/sign-in\?notice=password-changed$/, SLOW);
  await expect(laptop.getByTestId("form-message")).toHaveText(
    /password has been changed and you were signed out everywhere/,
  );

  // The other device's cookie is still there, but it names a session that has ended.
  await phone.goto("/dashboard");
  await expect(phone).toHaveURL(/\/sign-in/);
  await expect(phone.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  await submitSignIn(laptop, email, password);
  await expect(laptop.getByTestId("form-message")).toHaveText("Email or password is incorrect.");
  await submitSignIn(laptop, email, newPassword);
  await expect(laptop).toHaveURL(/\/dashboard$/, SLOW);
  await expect(laptop.getByRole("heading", { level: 1, name: "Welcome, Sam Sessions" })).toBeVisible();
});
