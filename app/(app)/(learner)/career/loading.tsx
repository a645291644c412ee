import { CardsPageSkeleton } from "@/components/ui/skeletons";

export default function Loading() {
  return <CardsPageSkeleton label="Loading your career page…" />;
}
