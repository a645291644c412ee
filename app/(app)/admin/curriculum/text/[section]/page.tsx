import type { Metadata } from "next";
import { EditorRoute, editorRouteMetadata } from "@/components/curriculum/editor-route";
import { guideParamSchema, type GuideParams } from "@/lib/guide-lifecycle/schema";

type Props = { params: Promise<{ section: string }>; searchParams: Promise<GuideParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editorRouteMetadata(`text/${(await params).section}`);
}

/** One of the text sections (a plain-text list, the FAQ, use cases, red flags). */
export default async function TextSectionEditorPage({ params, searchParams }: Props) {
  const { guide } = guideParamSchema.parse(await searchParams);
  return <EditorRoute route={`text/${(await params).section}`} guideSlug={guide} />;
}
