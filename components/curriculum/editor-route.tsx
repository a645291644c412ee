import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PartEditor } from "@/components/curriculum/part-editor";
import { requireRoleOrForbidden } from "@/lib/auth/page-guards";
import { editorPage } from "@/lib/curriculum/parts";
import { getEditorGuide, loadEditorPage } from "@/lib/curriculum/queries";

/**
 * What every part's route renders (/admin/curriculum/<route>, the text sections under
 * /admin/curriculum/text/<slug>): admins only, the page the route names in the part registry,
 * or not found, on the guide `?guide=` names (the default guide without one).
 */
export async function EditorRoute({ route, guideSlug }: { route: string; guideSlug: string | undefined }) {
  await requireRoleOrForbidden(["ADMIN"], `/admin/curriculum/${route}`);
  const page = editorPage(route);
  const guide = await getEditorGuide(guideSlug);
  if (!page || !guide) notFound();
  return <PartEditor page={page} guide={guide} data={await loadEditorPage(guide.id, page)} />;
}

export function editorRouteMetadata(route: string): Metadata {
  return { title: `${editorPage(route)?.title ?? "Curriculum"} · Curriculum` };
}
