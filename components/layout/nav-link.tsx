"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { activeNavHref } from "@/lib/auth/navigation";
import { cn } from "@/lib/ui/cn";

/**
 * A header link that marks itself `aria-current="page"` on its route and below it, unless a
 * more specific link of the same navigation (`hrefs`) matches: on /mentor/reviews/… only
 * "Reviews" is current, not "Mentees" (/mentor) as well.
 */
export function NavLink({ href, label, hrefs }: { href: string; label: string; hrefs: readonly string[] }) {
  const pathname = usePathname();
  const active = activeNavHref(pathname, hrefs) === href;
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "relative rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors",
        active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
      )}
    >
      {label}
      <PendingBar />
    </Link>
  );
}

/**
 * While the link's page is on its way, a bar under the label. The dashboard and /hours have no
 * loading.tsx (its skeleton went into every response and delayed their largest paint), so this
 * is what a click shows until the page arrives. It fades in after 150 ms: a cached page swaps in
 * before, without a flash. Decorative: the page's own heading announces the arrival.
 */
function PendingBar() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      data-testid="nav-pending"
      data-pending={pending}
      className={cn(
        "pointer-events-none absolute inset-x-3 bottom-0.5 h-0.5 rounded-full bg-brand-600 transition-opacity",
        pending ? "opacity-100 delay-150 motion-safe:animate-pulse" : "opacity-0",
      )}
    />
  );
}
