import { unstable_rethrow } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ButtonLink } from "@/components/ui/button";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { navItemsFor } from "@/lib/auth/navigation";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { HeaderTimer } from "@/components/hours/header-timer";
import { HeaderGuideSwitcher } from "@/components/guides/header-guide-switcher";
import { SiteHeader } from "./site-header";

/**
 * The site header for whoever is looking: the signed-in user's navigation (by role) and a
 * sign-out button, or sign-in / sign-up links for a guest. It lives in the root layout so
 * public pages show the same header to a signed-in user; the (app) layout guards access.
 */
export async function AccountHeader() {
  let user: CurrentUser | null = null;
  try {
    user = await getCurrentUser();
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering) must pass through
    // The header must not take the page down with it: show it signed out and log why.
    console.error("[header] could not load the current user", error);
  }
  if (!user) {
    return (
      <SiteHeader
        actions={
          <>
            <ButtonLink href="/sign-in" variant="ghost" size="sm">
              Sign in
            </ButtonLink>
            <ButtonLink href="/sign-up" size="sm">
              Sign up
            </ButtonLink>
          </>
        }
      />
    );
  }
  return (
    <SiteHeader
      nav={navItemsFor(user.role)}
      actions={
        <>
          {/* Only learners log hours, so only they get the timer. */}
          {user.role === "LEARNER" ? <HeaderGuideSwitcher learnerId={user.id} /> : null}
          {user.role === "LEARNER" ? <HeaderTimer learnerId={user.id} /> : null}
          <NotificationBell userId={user.id} />
          <span className="hidden text-sm text-slate-600 sm:inline">{user.name ?? user.email}</span>
          <SignOutButton />
        </>
      }
    />
  );
}
