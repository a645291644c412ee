import type { Metadata } from "next";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Admin" };

/** Placeholder for curriculum and user administration. Admins only; others get a 403. */
export default async function AdminPage() {
  await requireRoleOrForbidden(["ADMIN"], "/admin");
  return (
    <>
      <PageHeader title="Admin" description="Curriculum, users and mentor assignments." />
      <Card>
        <CardHeader>
          <CardTitle>Administration is coming</CardTitle>
          <CardDescription>The curriculum editor and user management will live here.</CardDescription>
        </CardHeader>
      </Card>
    </>
  );
}
