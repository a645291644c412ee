import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiTokens } from "@/components/account/api-tokens";
import { ColorSchemeForm } from "@/components/account/color-scheme-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getAccountSettings } from "@/lib/account/queries";
import { listApiTokens } from "@/lib/api/tokens";
import { supportedTimeZones } from "@/lib/account/time-zones";
import { requireUserOrRedirect } from "@/lib/auth/page-guards";
import { toColorScheme } from "@/lib/ui/color-scheme";
import { SettingsCard } from "./_components/settings-card";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUserOrRedirect("/account");
  const [account, tokens] = await Promise.all([
    getAccountSettings(user.id),
    // The API reaches a learner's own records: only learners have tokens.
    user.role === "LEARNER" ? listApiTokens(user.id) : null,
  ]);
  if (!account) notFound();
  return (
    <>
      <PageHeader title="Account" description={`Signed in as ${account.email}`} />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <SettingsCard title="Profile" className="md:col-span-2">
          <ProfileForm name={account.name ?? ""} timeZone={account.timeZone} timeZones={supportedTimeZones()} />
        </SettingsCard>
        <SettingsCard
          title="Appearance"
          description="How Skilltrail looks on every device you sign in on."
          className="md:col-span-2"
        >
          <ColorSchemeForm colorScheme={toColorScheme(account.colorScheme)} />
        </SettingsCard>
        <SettingsCard
          title="Password"
          description={
            account.hasPassword
              ? "Change the password you sign in with."
              : `You sign in with ${account.providers.join(" or ")}. Use “Forgot password” on the sign-in page to add a password.`
          }
        >
          {account.hasPassword ? (
            <ButtonLink href="/account/password" variant="secondary">
              Change password
            </ButtonLink>
          ) : null}
        </SettingsCard>
        <SettingsCard title="Your data" description="Download everything Skilltrail keeps about you, as one JSON file.">
          {/* A plain link: the browser downloads the file, no JavaScript needed. */}
          <a href="/api/account/export" download className={buttonClasses({ variant: "secondary" })}>
            Export my data
          </a>
        </SettingsCard>
        {tokens ? (
          <SettingsCard
            title="API tokens"
            description="Personal access tokens let your own tools (a script, an editor plugin, a CLI) read your progress and log hours through the API at /api/v1."
            className="md:col-span-2"
          >
            <ApiTokens tokens={tokens} />
          </SettingsCard>
        ) : null}
        <SettingsCard
          title="Sessions"
          description="Signed in on a device you no longer use? End every session, this one included."
        >
          <SignOutEverywhereForm />
        </SettingsCard>
        <SettingsCard
          title="Delete account"
          description="Removes your account and everything in it. This cannot be undone."
        >
          <ButtonLink href="/account/delete" variant="danger" className="self-start">
            Delete my account…
          </ButtonLink>
        </SettingsCard>
      </div>
    </>
  );
}
