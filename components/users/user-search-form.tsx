import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { ROLES, ROLE_LABELS, type UserSearch } from "@/lib/users/schema";

/** A GET form: the search lives in the URL, so it can be bookmarked and works without JavaScript. */
export function UserSearchForm({ search }: { search: UserSearch }) {
  return (
    <form
      method="get"
      action="/admin/users"
      role="search"
      className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end"
    >
      <div className="flex flex-1 flex-col gap-1.5">
        <label htmlFor="user-search-q" className="text-sm font-medium text-slate-800">
          Name or email
        </label>
        <Input
          id="user-search-q"
          name="q"
          type="search"
          defaultValue={search.q}
          maxLength={100}
          placeholder="e.g. lee or @example.com"
        />
      </div>
      <div className="flex flex-col gap-1.5 sm:w-44">
        <label htmlFor="user-search-role" className="text-sm font-medium text-slate-800">
          Role
        </label>
        <Select id="user-search-role" name="role" defaultValue={search.role ?? ""}>
          <option value="">Any role</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit">Search</Button>
    </form>
  );
}
