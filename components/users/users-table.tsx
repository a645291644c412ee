import Link from "next/link";
import { TableHead } from "@/components/ui/table-head";
import type { UserListItem } from "@/lib/users/queries";
import { RoleBadge, StatusBadge } from "./role-badge";

const COLUMNS = [
  { label: "User" },
  { label: "Role", className: "w-28" },
  { label: "Status", className: "hidden w-32 sm:table-cell" },
  { label: "Joined", className: "hidden w-36 md:table-cell" },
];

const dateFormat = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone });

/** The search results; on narrow screens the joined date gives way so nothing scrolls sideways. */
export function UsersTable({ users, timeZone }: { users: UserListItem[]; timeZone: string }) {
  const format = dateFormat(timeZone);
  return (
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">Users</caption>
        <TableHead
          columns={COLUMNS}
          className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase"
          cellClassName="px-4 py-3"
        />
        <tbody className="divide-y divide-slate-100">
          {users.map((user) => (
            <tr key={user.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link
                  href={`/admin/users/${user.id}`}
                  title={user.name ?? user.email}
                  className="block truncate font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {user.name ?? user.email}
                </Link>
                <span className="block truncate text-slate-600" title={user.email}>
                  {user.email}
                </span>
                {user.deactivatedAt ? (
                  <span className="mt-1 block sm:hidden">
                    <StatusBadge deactivatedAt={user.deactivatedAt} />
                  </span>
                ) : null}
              </td>
              <td className="px-4 py-3">
                <RoleBadge role={user.role} />
              </td>
              <td className="hidden px-4 py-3 sm:table-cell">
                <StatusBadge deactivatedAt={user.deactivatedAt} />
              </td>
              <td className="hidden px-4 py-3 text-slate-600 md:table-cell">{format.format(user.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
