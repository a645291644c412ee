import "server-only";
import { db } from "@/lib/db";
import { readDb } from "@/lib/read-replica/read-db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { offsetOf, pageCountOf } from "@/lib/paging";
import { USERS_PAGE_SIZE, type UserSearch } from "./schema";

/**
 * Admin reads of accounts. Callers are admin pages, which guard with
 * requireRoleOrForbidden(["ADMIN"]) first; nothing here is scoped to one user.
 */

const listSelect = { id: true, name: true, email: true, role: true, deactivatedAt: true, createdAt: true } as const;
export type UserListItem = Prisma.UserGetPayload<{ select: typeof listSelect }>;

/**
 * Case-insensitive search on name or email, newest accounts first, one page plus the total.
 * An aggregate read: on the read replica when there is one (lib/read-replica).
 */
export async function searchUsers({ q, role, page }: UserSearch) {
  const where: Prisma.UserWhereInput = {
    ...(role ? { role } : {}),
    ...(q
      ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] }
      : {}),
  };
  const prisma = await readDb();
  const [total, users] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      select: listSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: offsetOf(page, USERS_PAGE_SIZE),
      take: USERS_PAGE_SIZE,
    }),
  ]);
  return { users, total, page, pageCount: pageCountOf(total, USERS_PAGE_SIZE) };
}

/** One account with its mentors, mentees, cohorts and latest audit entries about it. */
export async function getUserDetail(userId: string) {
  const prisma = db();
  const [user, history] = await Promise.all([
    prisma.user.findUnique({
      where: { id: userId },
      select: {
        ...listSelect,
        timeZone: true,
        mentors: {
          orderBy: { createdAt: "asc" },
          select: { createdAt: true, mentor: { select: { id: true, name: true, email: true, role: true } } },
        },
        mentees: {
          orderBy: { createdAt: "asc" },
          select: { createdAt: true, learner: { select: { id: true, name: true, email: true } } },
        },
        cohortMemberships: { select: { cohort: { select: { id: true, name: true } } } },
        cohortMentorships: { select: { cohort: { select: { id: true, name: true } } } },
      },
    }),
    prisma.auditLog.findMany({
      where: { entityType: "User", entityId: userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, action: true, actorEmail: true, before: true, after: true, createdAt: true },
    }),
  ]);
  return user ? { ...user, history } : null;
}
export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;

/** Who can be assigned as a mentor: active mentors and admins, by name. */
export async function mentorCandidates() {
  return db().user.findMany({
    where: { role: { in: ["MENTOR", "ADMIN"] }, deactivatedAt: null },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true },
    take: 500,
  });
}
