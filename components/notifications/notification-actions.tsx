"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useTransition, type MouseEvent, type ReactNode } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/notifications/actions";

/**
 * Opens what a notification is about, marking it read first. A plain link underneath, so
 * opening it in a new tab (or without JavaScript) still works; it just stays unread.
 */
export function NotificationLink({
  id,
  href,
  unread,
  children,
}: {
  id: string;
  href: string;
  unread: boolean;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!unread || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    startTransition(async () => {
      await markNotificationReadAction({ id });
      router.push(href);
    });
  };
  return (
    <Link href={href} onClick={onClick} aria-busy={pending || undefined} className="hover:underline">
      {children}
    </Link>
  );
}

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const [state, markRead, pending] = useActionState<ActionState, FormData>(
    () => markNotificationReadAction({ id }),
    null,
  );
  return (
    <form action={markRead} className="flex items-center gap-2">
      <Button type="submit" size="sm" variant="ghost" pending={pending}>
        Mark as read<span className="sr-only">: {title}</span>
      </Button>
      {state && !state.ok ? <span className="text-sm text-red-700">{state.message}</span> : null}
    </form>
  );
}

export function MarkAllReadButton() {
  const [state, markAll, pending] = useActionState<ActionState<{ count: number }>, FormData>(
    () => markAllNotificationsReadAction({}),
    null,
  );
  return (
    <form action={markAll} className="flex flex-col items-start gap-2 sm:items-end">
      <Button type="submit" variant="secondary" pending={pending}>
        Mark all as read
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
