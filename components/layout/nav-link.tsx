"use client";

import Link from "next/link";
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
        "rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors",
        active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
      )}
    >
      {label}
    </Link>
  );
}
