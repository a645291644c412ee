import type { Metadata } from "next";
import { EditorRoute, editorRouteMetadata } from "@/components/curriculum/editor-route";
import { guideParamSchema, type GuideParams } from "@/lib/guide-lifecycle/schema";

type Props = { params: Promise<{ part: string }>; searchParams: Promise<GuideParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editorRouteMetadata((await params).part);
}

/** Any part's editor (settings, phases, sub-skills, levels, quiz …): lib/curriculum/parts names them. */
export default async function CurriculumPartPage({ params, searchParams }: Props) {
  const { guide } = guideParamSchema.parse(await searchParams);
  return <EditorRoute route={(await params).part} guideSlug={guide} />;
}
