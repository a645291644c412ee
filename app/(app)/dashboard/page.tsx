import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { homePathFor } from "@/lib/auth/navigation";
import { requireUserOrRedirect } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Dashboard" };

/** The signed-in learner's home; the full dashboard is built on the tracker's queries. */
export default async function DashboardPage() {
  const user = await requireUserOrRedirect("/dashboard");
  if (user.role !== "LEARNER") redirect(homePathFor(user.role));
  return <PageHeader title={`Welcome, ${user.name ?? user.email}`} description="Your learning dashboard." />;
}
