import type { ReactNode } from "react";
import { BrowserTimeZoneSync } from "@/components/account/browser-time-zone";
import { requireUserOrRedirect } from "@/lib/auth/page-guards";

/**
 * The signed-in area. The proxy already sends guests to sign-in by cookie; this re-checks
 * against the database (a deactivated or deleted user is a guest). The header with the
 * role's navigation and the sign-out button is rendered by the root layout (AccountHeader),
 * so public pages show it too. Each page below still checks its own role: layouts do not
 * re-run on client navigation, so they cannot be the only gate.
 * An account whose time zone was never set (OAuth sign-ups) takes the browser's here.
 */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUserOrRedirect();
  return (
    <>
      {user.timeZoneSet ? null : <BrowserTimeZoneSync />}
      {children}
    </>
  );
}
