import type { Projection } from "@/lib/progress/pace";
import { formatIsoDate } from "@/lib/ui/format";

/** One projection in words; shared by the server-rendered pace card and the what-if control. */
export function ProjectionText({ projection }: { projection: Projection }) {
  switch (projection.status) {
    case "projected":
      return (
        <>
          <span className="font-semibold text-slate-900">{formatIsoDate(projection.date)}</span>{" "}
          <span className="text-slate-600">
            (in {projection.daysFromToday} {projection.daysFromToday === 1 ? "day" : "days"})
          </span>
        </>
      );
    case "complete":
      return <span className="font-semibold text-slate-900">Hours done</span>;
    default:
      return <span className="text-slate-600">{projection.reason}</span>;
  }
}
