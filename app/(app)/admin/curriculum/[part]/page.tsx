import type { Metadata } from "next";
import { EditorRoute, editorRouteMetadata } from "@/components/curriculum/editor-route";

type Props = { params: Promise<{ part: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editorRouteMetadata((await params).part);
}

/** Any part's editor (settings, phases, sub-skills, levels, quiz …): lib/curriculum/parts names them. */
export default async function CurriculumPartPage({ params }: Props) {
  return <EditorRoute route={(await params).part} />;
}
