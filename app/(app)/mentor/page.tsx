import type { Metadata } from "next";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Mentees" };

/** Placeholder for the mentor's review queue. Mentors and admins only; others get a 403. */
export default async function MentorPage() {
  await requireRoleOrForbidden(["MENTOR", "ADMIN"], "/mentor");
  return (
    <>
      <PageHeader title="Mentees" description="Learners assigned to you and the work waiting for your review." />
      <Card>
        <CardHeader>
          <CardTitle>Reviews are coming</CardTitle>
          <CardDescription>Your mentees&apos; submissions will be listed here.</CardDescription>
        </CardHeader>
      </Card>
    </>
  );
}
