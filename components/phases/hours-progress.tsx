import { ProgressBar } from "@/components/ui/progress-bar";
import { formatMinutes, type Progress } from "@/lib/progress/path";

/** Hours logged on a phase against its estimate; going over is shown, never capped away. */
export function HoursProgress({
  hours,
  label = "Hours logged",
  hideLabel,
}: {
  hours: Progress;
  label?: string;
  hideLabel?: boolean;
}) {
  const valueText = `${formatMinutes(hours.loggedMinutes)} of ${formatMinutes(hours.targetMinutes)}`;
  return (
    <div className="flex flex-col gap-1">
      <ProgressBar label={label} hideLabel={hideLabel} value={hours.cappedPercent} max={100} valueText={valueText} />
      <p className="text-xs text-slate-600">
        {hours.isOver
          ? `${formatMinutes(hours.overMinutes)} over the estimate`
          : hours.isComplete
            ? "Estimate reached"
            : `${formatMinutes(hours.remainingMinutes)} to go (${hours.percent}%)`}
      </p>
    </div>
  );
}
