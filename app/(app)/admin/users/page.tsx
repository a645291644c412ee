import type { Metadata } from "next";
import { PagedList } from "@/components/ui/paged-list";
import { UserSearchForm } from "@/components/users/user-search-form";
import { UsersTable } from "@/components/users/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import type { SearchParams } from "@/lib/ui/search-params";
import { searchUsers } from "@/lib/users/queries";
import { userSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireRoleOrForbidden(["ADMIN"], "/admin/users");
  const search = userSearchSchema.parse(await searchParams);
  const result = await searchUsers(search);
  return (
    <>
      <PageHeader
        eyebrow="Admin"
        title="Users"
        description="Find an account to change its role, deactivate it or assign mentors."
      />
      <UserSearchForm search={search} />
      <PagedList
        rowCount={result.users.length}
        paging={result}
        path="/admin/users"
        filters={{ q: search.q, role: search.role }}
        nouns={["user", "users"]}
        none={{ title: "No users yet" }}
        noMatch={{ title: "No users match", description: "Try part of a name or an email address, or another role." }}
        clearLabel="Clear the search"
      >
        <UsersTable users={result.users} timeZone={admin.timeZone} />
      </PagedList>
    </>
  );
}
