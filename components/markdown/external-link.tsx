import type { ReactNode } from "react";
import { safeUrl } from "@/components/markdown/markdown";

/**
 * A link a learner typed (repository, demo, document), opened in a new tab without handing
 * over the opener or a referrer. The shared Markdown renderer's URL rule decides what is safe
 * (http(s) and mailto only); anything else renders as plain text. The schemas already accept
 * only http(s) URLs; this is the second layer.
 */
export function ExternalLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  // safeUrl is react-markdown's UrlTransform; it looks at the URL only (key and node unused).
  const safe = safeUrl(href, "href", undefined as never);
  if (!safe) return <span className={className}>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow" className={className}>
      {children}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
