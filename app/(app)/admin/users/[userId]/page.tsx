import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { RoleBadge, StatusBadge } from "@/components/users/role-badge";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { getUserDetail, mentorCandidates } from "@/lib/users/queries";
import { AccountHistory, CohortsCard, MenteesCard, MentorsCard, RoleCard, StatusCard } from "./_components/user-cards";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "User" };

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const admin = await requireRoleOrForbidden(["ADMIN"], `/admin/users/${userId}`);
  const [user, candidates] = await Promise.all([getUserDetail(userId), mentorCandidates()]);
  if (!user) notFound();
  const isSelf = admin.id === user.id;
  const assigned = new Set(user.mentors.map((m) => m.mentor.id));
  const available = candidates.filter((c) => c.id !== user.id && !assigned.has(c.id));
  const joined = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: admin.timeZone }).format(
    user.createdAt,
  );

  return (
    <>
      <BackLink href="/admin/users">All users</BackLink>
      <PageHeader
        eyebrow="User"
        title={user.name ?? user.email}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="break-all">{user.email}</span>
            <RoleBadge role={user.role} />
            <StatusBadge deactivatedAt={user.deactivatedAt} />
            <span className="text-sm">
              Joined {joined} · {user.timeZone}
            </span>
          </span>
        }
      />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <RoleCard user={user} isSelf={isSelf} />
        <StatusCard user={user} isSelf={isSelf} />
        {user.role === "LEARNER" || user.mentors.length > 0 ? <MentorsCard user={user} available={available} /> : null}
        {user.role !== "LEARNER" || user.mentees.length > 0 ? <MenteesCard user={user} /> : null}
        <CohortsCard user={user} />
      </div>
      <AccountHistory user={user} timeZone={admin.timeZone} />
    </>
  );
}
