import type { ReactNode } from "react";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";

/**
 * The learner's own work (phases, deliverables, projects, quiz, self-assessment): mentors and
 * admins are refused here, before anything streams, so they get a real 403 status. Pages keep
 * their own check: layouts don't re-run on client navigation. (The dashboard and hours pages
 * stay outside: they send other roles to their own home instead.)
 */
export default async function LearnerLayout({ children }: { children: ReactNode }) {
  await requireRoleOrForbidden(["LEARNER"]);
  return children;
}
