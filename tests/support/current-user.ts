import type { CurrentUser } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/client";
import { toColorScheme } from "@/lib/ui/color-scheme";

/**
 * The CurrentUser shape the guards take, from a user row. Its own module, free of runtime
 * imports but one that imports nothing itself (lib/ui/color-scheme.ts), so that the session
 * mock (action-mocks.ts) can use it without loading app code before its mocks are in place.
 */
export function asCurrentUser(user: {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  timeZone: string;
  colorScheme?: string;
  timeZoneSetAt?: Date | null;
}): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    timeZone: user.timeZone,
    colorScheme: toColorScheme(user.colorScheme),
    // A row read without the column counts as set: tests opt in to the "never set" case.
    timeZoneSet: user.timeZoneSetAt !== null,
  };
}
