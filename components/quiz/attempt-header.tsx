import Link from "next/link";
import { PageHeader, type PageHeaderProps } from "@/components/ui/page-header";

/** The header of an attempt's pages (taking it, its result): the eyebrow links back to the quiz. */
export function AttemptHeader(props: Omit<PageHeaderProps, "eyebrow">) {
  return (
    <PageHeader
      eyebrow={
        <Link href="/quiz" className="hover:underline">
          Quiz
        </Link>
      }
      {...props}
    />
  );
}
