import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "No access" };

/** Rendered with status 403 when a page calls `forbidden()` (lib/auth/page-guards.ts). */
export default function Forbidden() {
  return (
    <EmptyState
      headingLevel="h1"
      title="You don't have access to this page"
      description="Your account's role does not include this area. If you think it should, ask an administrator."
      action={<ButtonLink href="/">Go to the start page</ButtonLink>}
    />
  );
}
