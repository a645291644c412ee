import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { AccountHeader } from "@/components/layout/account-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { template: "%s · Skilltrail", default: "Skilltrail" },
  description: "Skilltrail turns a skill guide into a trackable learning path.",
  applicationName: "Skilltrail",
};

export const viewport: Viewport = {
  themeColor: "#ffffff",
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="en">
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
