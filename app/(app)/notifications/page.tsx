import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { MarkAllReadButton } from "@/components/notifications/notification-actions";
import { NotificationList } from "@/components/notifications/notification-list";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUserOrRedirect } from "@/lib/auth/page-guards";
import { listNotifications } from "@/lib/notifications/queries";
import { pageParamSchema } from "@/lib/notifications/schema";

export const metadata: Metadata = { title: "Notifications" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUserOrRedirect("/notifications");
  const { page: rawPage } = await searchParams;
  const page = pageParamSchema.parse(Array.isArray(rawPage) ? rawPage[0] : rawPage);
  const list = await listNotifications(user.id, page);
  return (
    <>
      <PageHeader
        title="Notifications"
        description={list.unread > 0 ? `${list.unread} unread.` : "You're all caught up."}
        actions={list.unread > 0 ? <MarkAllReadButton /> : null}
      />
      {list.items.length === 0 ? (
        <EmptyState
          title="No notifications yet"
          description={
            user.role === "LEARNER"
              ? "Reviews of your work and comments on it will show up here. Submit a deliverable to get your first review."
              : "Work submitted for your review and replies to your comments will show up here."
          }
          action={
            user.role === "LEARNER" ? (
              <ButtonLink href="/phases">Go to your phases</ButtonLink>
            ) : (
              <ButtonLink href="/mentor/reviews">Open the review queue</ButtonLink>
            )
          }
        />
      ) : (
        <>
          <NotificationList items={list.items} now={new Date()} timeZone={user.timeZone} />
          <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `/notifications?page=${p}`} />
        </>
      )}
      <p className="mt-8 text-sm text-slate-600">
        Email:{" "}
        <Link href="/account/notifications" className="font-medium text-brand-700 hover:underline">
          daily digest settings
        </Link>
      </p>
    </>
  );
}
