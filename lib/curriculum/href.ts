import { DEFAULT_GUIDE_SLUG } from "@/lib/guides/default-guide";

/**
 * An editor page's address on one guide: `?guide=<slug>` names the guide being edited, and the
 * default guide keeps the bare address it always had. Pure, for server and client components.
 */
export function editorHref(path: string, guideSlug: string | undefined): string {
  return !guideSlug || guideSlug === DEFAULT_GUIDE_SLUG ? path : `${path}?guide=${encodeURIComponent(guideSlug)}`;
}
