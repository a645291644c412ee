import { DashboardSkeleton } from "@/components/ui/skeletons";

export default function Loading() {
  return <DashboardSkeleton label="Loading your dashboard…" />;
}
