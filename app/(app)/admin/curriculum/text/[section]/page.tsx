import type { Metadata } from "next";
import { EditorRoute, editorRouteMetadata } from "@/components/curriculum/editor-route";

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return editorRouteMetadata(`text/${(await params).section}`);
}

/** One of the text sections (a plain-text list, the FAQ, use cases, red flags). */
export default async function TextSectionEditorPage({ params }: Props) {
  return <EditorRoute route={`text/${(await params).section}`} />;
}
