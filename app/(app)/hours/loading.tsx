import { FormPageSkeleton } from "@/components/ui/skeletons";

export default function Loading() {
  return <FormPageSkeleton label="Loading your hours…" />;
}
