import type { Metadata } from "next";
import { SelfAssessmentView } from "@/components/self-assessment/self-assessment-view";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getSelfAssessmentPage } from "@/lib/self-assessment/queries";

export const metadata: Metadata = { title: "Self-assessment" };

export default async function SelfAssessmentPage() {
  const user = await requireRoleOrForbidden(["LEARNER"], "/self-assessment");
  const page = await getSelfAssessmentPage(user.id, user.timeZone);
  return <SelfAssessmentView page={page} timeZone={user.timeZone} />;
}
