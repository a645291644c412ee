import { DetailPageSkeleton } from "@/components/ui/skeletons";

export default function Loading() {
  return <DetailPageSkeleton label="Loading the cohort…" />;
}
