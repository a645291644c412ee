import { useId } from "react";
import { cn } from "@/lib/ui/cn";

export type ProgressBarProps = {
  /** Current amount, in the same unit as `max`. Clamped to 0…max. */
  value: number;
  max?: number;
  /** Names the bar for everyone; visually hidden with `hideLabel`. */
  label: string;
  hideLabel?: boolean;
  /** Spoken instead of a bare percentage, e.g. "12 of 40 hours". Also shown on the right. */
  valueText?: string;
  tone?: "brand" | "accent";
  className?: string;
};

export function ProgressBar({
  value,
  max = 100,
  label,
  hideLabel = false,
  valueText,
  tone = "brand",
  className,
}: ProgressBarProps) {
  const labelId = useId();
  const safeMax = Number.isFinite(max) && max > 0 ? max : 100;
  const now = Number.isFinite(value) ? Math.min(Math.max(value, 0), safeMax) : 0;
  const percent = Math.round((now / safeMax) * 100);
  const shown = valueText ?? `${percent}%`;

  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <div className={cn("flex items-baseline justify-between gap-3 text-sm", hideLabel && "sr-only")}>
        <span id={labelId} className="font-medium text-slate-800">
          {label}
        </span>
        <span aria-hidden="true" className="text-slate-600 tabular-nums">
          {shown}
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={safeMax}
        aria-valuenow={now}
        aria-valuetext={valueText ?? `${percent}%`}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={cn("h-full rounded-full transition-[width]", tone === "brand" ? "bg-brand-600" : "bg-accent-600")}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
