import type { ReactNode } from "react";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";

/** Same reason as the admin layout: a learner asking for a mentor page gets a 403 status. */
export default async function MentorLayout({ children }: { children: ReactNode }) {
  await requireRoleOrForbidden(["MENTOR", "ADMIN"]);
  return children;
}
