import type { ReactNode } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

type RegionCardProps = {
  /** Names the heading's id (`<id>-heading`), which names the region. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  headerClassName?: string;
  children: ReactNode;
};

/** A dashboard section: a card that is a landmark region, named by its heading, so it can be jumped to. */
export function RegionCard({ id, title, description, className, headerClassName, children }: RegionCardProps) {
  const headingId = `${id}-heading`;
  return (
    <Card aria-labelledby={headingId} role="region" className={className}>
      <CardHeader className={headerClassName}>
        <CardTitle id={headingId}>{title}</CardTitle>
        {description ? <CardDescription>{description}</CardDescription> : null}
      </CardHeader>
      {children}
    </Card>
  );
}
