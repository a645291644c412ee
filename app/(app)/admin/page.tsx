import type { Metadata } from "next";
import Link from "next/link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Admin" };

const sections = [
  {
    href: "/admin/guides",
    title: "Guides",
    description: "Create, publish, unpublish and archive guides; open one's curriculum.",
  },
  {
    href: "/admin/curriculum",
    title: "Curriculum",
    description: "Phases, hours, topics, deliverables, sub-skill weights, levels, quiz, projects and text.",
  },
  {
    href: "/admin/guides/import",
    title: "Import and export guides",
    description:
      "Import a guide from JSON or a guide page's copied text, or a new version of one; download any guide as JSON.",
  },
  { href: "/admin/users", title: "Users", description: "Search users, change roles, deactivate, assign mentors." },
  {
    href: "/admin/cohorts",
    title: "Cohorts",
    description: "Group learners, follow a cohort's progress, export it as CSV.",
  },
  {
    href: "/admin/audit",
    title: "Audit log",
    description: "Every curriculum, role, assignment and review change, with before and after.",
  },
  {
    href: "/mentor/reviews",
    title: "Review queue",
    description: "Submissions of learners without a mentor, and every overdue one.",
  },
] as const;

/** The admin's home: where each part of running Skilltrail lives. Admins only. */
export default async function AdminPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin");
  return (
    <>
      <PageHeader title="Admin" description="Curriculum, users, cohorts and the audit trail." />
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map((s) => (
          <li key={s.href}>
            <Card className="h-full">
              <CardHeader>
                <CardTitle>
                  <Link href={s.href} className="rounded text-brand-800 hover:underline">
                    {s.title}
                  </Link>
                </CardTitle>
                <CardDescription>{s.description}</CardDescription>
              </CardHeader>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
