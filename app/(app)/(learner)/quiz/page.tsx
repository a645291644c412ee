import type { Metadata } from "next";
import { QuizOverviewView } from "@/components/quiz/quiz-overview";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getQuizOverview } from "@/lib/quiz/queries";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRoleOrForbidden(["LEARNER"], "/quiz");
  const { page } = await searchParams;
  const overview = await getQuizOverview(user.id, Number(typeof page === "string" ? page : 1));
  return <QuizOverviewView overview={overview} timeZone={user.timeZone} />;
}
