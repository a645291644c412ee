import type { Role } from "@/lib/generated/prisma/enums";

/** Where each role lands after signing in, and what the signed-in header links to. */
export function homePathFor(role: Role): string {
  return role === "ADMIN" ? "/admin" : role === "MENTOR" ? "/mentor" : "/dashboard";
}

export type NavItem = { href: string; label: string };

/**
 * Each role's navigation: the one list of the signed-in pages. It also drives the proxy's
 * guarded paths (below) and the accessibility suite's page list, so a new page is added here
 * once (plus its page.tsx and loading.tsx).
 */
const NAVIGATION: Record<Role, NavItem[]> = {
  LEARNER: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/hours", label: "Hours" },
    { href: "/phases", label: "Phases" },
    { href: "/quiz", label: "Quiz" },
    { href: "/self-assessment", label: "Self-check" },
    { href: "/projects", label: "Projects" },
    { href: "/career", label: "Career" },
  ],
  MENTOR: [
    { href: "/mentor", label: "Mentees" },
    { href: "/mentor/reviews", label: "Reviews" },
  ],
  ADMIN: [
    { href: "/mentor", label: "Mentees" },
    { href: "/mentor/reviews", label: "Reviews" },
    { href: "/admin", label: "Admin" },
  ],
};
const ACCOUNT: NavItem = { href: "/account", label: "Account" };

export function navItemsFor(role: Role): NavItem[] {
  return [...NAVIGATION[role], ACCOUNT];
}

/**
 * The one navigation item a page belongs to: the most specific href that is the path or one
 * of its ancestors. /mentor/reviews/123 is under both /mentor and /mentor/reviews, and only
 * "Reviews" should read as the current page. Null when no item matches (a public page).
 */
export function activeNavHref(pathname: string, hrefs: readonly string[]): string | null {
  const matches = hrefs.filter((href) => pathname === href || (href !== "/" && pathname.startsWith(`${href}/`)));
  return matches.reduce<string | null>(
    (best, href) => (best === null || href.length > best.length ? href : best),
    null,
  );
}

/**
 * Signed-in pages without a navigation link of their own: reached from a phase, the header's
 * bell, and the dashboard's "what's missing" (a sub-skill's page).
 */
const LINKED_FROM_PAGES = ["/deliverables", "/notifications", "/sub-skills"];

/** Signed-in areas: the proxy sends guests from these to sign-in (pages check again). */
export const PROTECTED_PATH_PREFIXES: readonly string[] = [
  ...new Set([...Object.values(NAVIGATION).flat(), ACCOUNT].map((item) => item.href).concat(LINKED_FROM_PAGES)),
];
