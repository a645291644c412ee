import type { Role } from "@/lib/generated/prisma/enums";

/** Where each role lands after signing in, and what the signed-in header links to. */
export function homePathFor(role: Role): string {
  return role === "ADMIN" ? "/admin" : role === "MENTOR" ? "/mentor" : "/dashboard";
}

export type NavItem = { href: string; label: string };

export function navItemsFor(role: Role): NavItem[] {
  const byRole: Record<Role, NavItem[]> = {
    LEARNER: [
      { href: "/dashboard", label: "Dashboard" },
      { href: "/hours", label: "Hours" },
      { href: "/phases", label: "Phases" },
      { href: "/quiz", label: "Quiz" },
      { href: "/self-assessment", label: "Self-check" },
      { href: "/projects", label: "Projects" },
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
  return [...byRole[role], { href: "/account", label: "Account" }];
}
