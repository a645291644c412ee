import type { Metadata } from "next";
import { Pagination, hrefWith } from "@/components/ui/pagination";
import { UserSearchForm } from "@/components/users/user-search-form";
import { UsersTable } from "@/components/users/users-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { searchUsers } from "@/lib/users/queries";
import { userSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireRoleOrForbidden(["ADMIN"], "/admin/users");
  const search = userSearchSchema.parse(await searchParams);
  const result = await searchUsers(search);
  const filtered = search.q !== "" || search.role !== undefined;
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Users"
        description="Find an account to change its role, deactivate it or assign mentors."
      />
      <UserSearchForm search={search} />
      {result.users.length === 0 ? (
        <EmptyState
          title={result.total > 0 ? "This page is past the end" : filtered ? "No users match" : "No users yet"}
          description={
            filtered && result.total === 0 ? "Try part of a name or an email address, or another role." : undefined
          }
          action={
            result.total > 0 ? (
              <ButtonLink href={hrefWith("/admin/users", { q: search.q, role: search.role })} variant="secondary">
                Back to the first page
              </ButtonLink>
            ) : undefined
          }
        />
      ) : (
        <UsersTable users={result.users} timeZone={admin.timeZone} />
      )}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        total={result.total}
        noun={result.total === 1 ? "user" : "users"}
        hrefFor={(page) =>
          hrefWith("/admin/users", { q: search.q, role: search.role, page: page === 1 ? undefined : page })
        }
      />
    </>
  );
}
