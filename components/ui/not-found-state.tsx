import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type NotFoundStateProps = {
  title: string;
  description: string;
  /** The one way on: where to go instead. */
  href: string;
  linkLabel: string;
};

/** The body of a not-found page: the page's h1, why it may have happened, and where to go instead. */
export function NotFoundState({ title, description, href, linkLabel }: NotFoundStateProps) {
  return (
    <div className="py-8">
      <EmptyState
        headingLevel="h1"
        title={title}
        description={description}
        action={<ButtonLink href={href}>{linkLabel}</ButtonLink>}
      />
    </div>
  );
}
