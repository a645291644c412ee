import { formatInstant } from "@/lib/ui/format";
import type { NotificationItem } from "@/lib/notifications/queries";
import { elapsedLabel } from "@/lib/reviews/deadlines";
import { cn } from "@/lib/ui/cn";
import { Markdown } from "@/components/markdown/markdown";
import { MarkReadButton, NotificationLink } from "./notification-actions";

/** The user's notifications, newest first; unread ones stand out in words and weight. */
export function NotificationList({
  items,
  now,
  timeZone,
}: {
  items: readonly NotificationItem[];
  now: Date;
  timeZone: string;
}) {
  return (
    <ol
      className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm"
      aria-label="Notifications"
    >
      {items.map((item) => {
        const unread = item.readAt === null;
        return (
          <li
            key={item.id}
            data-testid="notification"
            data-unread={unread || undefined}
            className={cn(
              "flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between",
              unread && "bg-brand-50/40",
            )}
          >
            <div className="flex min-w-0 flex-col gap-1">
              <p className={cn("break-words text-slate-900", unread ? "font-semibold" : "font-medium")}>
                {unread ? <span className="sr-only">Unread: </span> : null}
                {item.href ? (
                  <NotificationLink id={item.id} href={item.href} unread={unread}>
                    {item.title}
                  </NotificationLink>
                ) : (
                  item.title
                )}
              </p>
              {/* A body is an excerpt of a comment or review, written in Markdown: shown as the
                  history shows it (one line, the excerpt flattened its line breaks). */}
              <Markdown>{item.body}</Markdown>
              <p className="text-xs text-slate-600">
                <time dateTime={item.createdAt.toISOString()} title={formatInstant(item.createdAt, timeZone)}>
                  {elapsedLabel(item.createdAt, now)} ago
                </time>
              </p>
            </div>
            {unread ? (
              <div className="shrink-0">
                <MarkReadButton id={item.id} title={item.title} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
