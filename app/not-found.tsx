import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="py-8">
      <EmptyState
        headingLevel="h1"
        title="We couldn't find that page"
        description="The link may be old, or the page may have moved. Check the address, or start again from the home page."
        action={<ButtonLink href="/">Go to the home page</ButtonLink>}
      />
    </div>
  );
}
