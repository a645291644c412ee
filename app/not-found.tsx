import type { Metadata } from "next";
import { NotFoundState } from "@/components/ui/not-found-state";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <NotFoundState
      title="We couldn't find that page"
      description="The link may be old, or the page may have moved. Check the address, or start again from the home page."
      href="/"
      linkLabel="Go to the home page"
    />
  );
}
