"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { setBrowserTimeZoneAction } from "@/lib/account/actions";

/** The zone this browser runs in, or "" where Intl cannot tell. */
function currentBrowserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    return "";
  }
}

/**
 * The sign-up form's hidden `timeZone` field, filled once mounted (the server renders it
 * empty: it cannot know the browser's zone). Without script it stays empty and the account
 * starts on UTC until the first signed-in page sets it (BrowserTimeZoneSync).
 */
export function BrowserTimeZoneField() {
  // The zone never changes under a page, so there is nothing to subscribe to.
  const zone = useSyncExternalStore(noSubscription, currentBrowserZone, () => "");
  return <input type="hidden" name="timeZone" value={zone} />;
}
const noSubscription = () => () => {};

/**
 * Rendered by the signed-in layout only while the account's zone was never set (an OAuth
 * sign-up, or a sign-up without script): reports the browser's zone once, then re-renders the
 * page so its dates, streak and heatmap follow it. Renders nothing.
 */
export function BrowserTimeZoneSync() {
  const router = useRouter();
  const sent = useRef(false);
  useEffect(() => {
    const timeZone = currentBrowserZone();
    if (sent.current || !timeZone) return;
    sent.current = true;
    void setBrowserTimeZoneAction({ timeZone }).then((result) => {
      if (result.ok) router.refresh();
    });
  }, [router]);
  return null;
}
