import type { Metadata, Viewport } from "next";
import { unstable_rethrow } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { AccountHeader } from "@/components/layout/account-header";
import { getCurrentUser } from "@/lib/auth/session";
import { THEME_COLORS, toColorScheme, type ColorScheme } from "@/lib/ui/color-scheme";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · Skilltrail", default: "Skilltrail" },
  description: "Skilltrail turns a skill guide into a trackable learning path.",
  applicationName: "Skilltrail",
};

/**
 * The signed-in user's colour scheme (lib/ui/color-scheme.ts), read on the server so the first
 * paint is already in it: no script, no flash. Guests, and a page whose user cannot be read
 * (the database is down: the error page must still render), follow the device.
 */
async function colorScheme(): Promise<ColorScheme> {
  try {
    return toColorScheme((await getCurrentUser())?.colorScheme);
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (dynamic rendering) must pass through
    return "system";
  }
}

export async function generateViewport(): Promise<Viewport> {
  const scheme = await colorScheme();
  if (scheme !== "system") return { themeColor: THEME_COLORS[scheme] };
  return {
    themeColor: [
      { media: "(prefers-color-scheme: light)", color: THEME_COLORS.light },
      { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.dark },
    ],
  };
}

export default async function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    // app/globals.css redefines the palette under data-color-scheme="dark", and under "system"
    // when the device prefers dark.
    <html lang="en" data-color-scheme={await colorScheme()}>
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:text-sm focus:font-medium focus:text-slate-900 focus:shadow-lg"
        >
          Skip to content
        </a>
        {/* Navigation by role when signed in. Reading the session makes every page render per
            request, which the nonce-based Content-Security-Policy (proxy.ts) requires. */}
        <AccountHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
