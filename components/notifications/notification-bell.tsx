import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { unreadNotificationCount } from "@/lib/notifications/queries";

/**
 * The bell for the signed-in header: a link to /notifications with the unread count. Pass the
 * user id when the header already has it; without it the bell reads the current user (once
 * per request) and renders nothing for a guest. A failed count never takes the header down.
 */
export async function NotificationBell({ userId }: { userId?: string }) {
  const id = userId ?? (await getCurrentUser())?.id;
  if (!id) return null;
  let unread = 0;
  try {
    unread = await unreadNotificationCount(id);
  } catch (error) {
    unstable_rethrow(error);
    console.error("[header] could not count unread notifications", error);
  }
  return (
    <Link
      href="/notifications"
      data-testid="notification-bell"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
      className="relative inline-flex size-9 items-center justify-center rounded-md text-slate-700 transition-colors hover:bg-slate-100 hover:text-slate-900"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        className="size-5"
      >
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M14.857 17.082a23.848 23.848 0 0 0 5.454-1.31A8.967 8.967 0 0 1 18 9.75V9A6 6 0 0 0 6 9v.75a8.967 8.967 0 0 1-2.312 6.022c1.733.64 3.56 1.085 5.455 1.31m5.714 0a24.255 24.255 0 0 1-5.714 0m5.714 0a3 3 0 1 1-5.714 0"
        />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-0.5 grid h-5 min-w-5 place-items-center rounded-full bg-red-700 px-1 text-xs font-semibold text-white tabular-nums"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
