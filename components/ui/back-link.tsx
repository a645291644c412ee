import Link from "next/link";
import type { ReactNode } from "react";

/** The way back up from a detail page to the list or page it belongs to, above its header. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <Link href={href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
        ← {children}
      </Link>
    </nav>
  );
}
