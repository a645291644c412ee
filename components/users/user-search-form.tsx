import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
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
      <Field id="user-search-q" label="Name or email" className="flex-1">
        {(control) => (
          <Input
            {...control}
            name="q"
            type="search"
            defaultValue={search.q}
            maxLength={100}
            placeholder="e.g. lee or @example.com"
          />
        )}
      </Field>
      <Field id="user-search-role" label="Role" className="sm:w-44">
        {(control) => (
          <Select {...control} name="role" defaultValue={search.role ?? ""}>
            <option value="">Any role</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {/* mb-1.5 matches the fields' (empty) error line, so the button lines up with the inputs. */}
      <Button type="submit" className="sm:mb-1.5">
        Search
      </Button>
    </form>
  );
}
