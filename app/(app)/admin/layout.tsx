import type { ReactNode } from "react";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";

/**
 * Refuses non-admins before anything streams, so a direct request gets a real 403 status (the
 * pages' own loading boundaries would otherwise flush a 200 first). Pages keep their own check:
 * layouts don't re-run on client navigation.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireRoleOrForbidden(["ADMIN"]);
  return children;
}
