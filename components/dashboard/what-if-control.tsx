"use client";

import { useId, useState } from "react";
import { formatMinutes } from "@/lib/progress/path";
import { MAX_HOURS_PER_WEEK, projectWithWeeklyHours } from "@/lib/progress/pace";
import type { IsoDate } from "@/lib/progress/calendar";
import { ProjectionText } from "./projection-text";

export type WhatIfControlProps = {
  today: IsoDate;
  /** Where the control starts: the measured pace, or a typical week when there is none yet. */
  initialHoursPerWeek: number;
  phase: { label: string; remainingMinutes: number } | null;
  pathRemainingMinutes: number;
};

const SLIDER_MAX = 40;

/**
 * "What if I did N hours a week": a slider and a number field bound to the same value, both
 * labelled, recomputed in the browser with the pure projectWithWeeklyHours (no round trip).
 * The number field accepts up to a whole week's 168 h; the slider covers the usual range.
 */
export function WhatIfControl({ today, initialHoursPerWeek, phase, pathRemainingMinutes }: WhatIfControlProps) {
  const id = useId();
  const [text, setText] = useState(String(initialHoursPerWeek));
  const hours = text.trim() === "" ? Number.NaN : Number(text);
  const valid = Number.isFinite(hours) && hours >= 0 && hours <= MAX_HOURS_PER_WEEK;
  const rows = [
    ...(phase ? [{ key: "phase", label: phase.label, remaining: phase.remainingMinutes }] : []),
    { key: "path", label: "The whole path", remaining: pathRemainingMinutes },
  ];

  return (
    <div className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-hours`} className="text-sm font-medium text-slate-800">
          What if I did this many hours a week?
        </label>
        <div className="flex items-center gap-3">
          <input
            id={`${id}-slider`}
            type="range"
            min={0}
            max={SLIDER_MAX}
            step={0.5}
            value={valid ? Math.min(hours, SLIDER_MAX) : 0}
            onChange={(event) => setText(event.target.value)}
            aria-label="Hours per week (slider)"
            aria-valuetext={valid ? `${hours} hours a week` : undefined}
            className="h-2 min-w-0 flex-1 accent-brand-700"
          />
          <input
            id={`${id}-hours`}
            type="number"
            inputMode="decimal"
            min={0}
            max={MAX_HOURS_PER_WEEK}
            step={0.5}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={valid ? undefined : true}
            aria-describedby={`${id}-error`}
            className="h-10 w-20 rounded-md border border-slate-300 bg-white px-2 text-sm tabular-nums shadow-sm aria-[invalid=true]:border-red-600"
          />
          <span aria-hidden="true" className="text-sm text-slate-600">
            h/week
          </span>
        </div>
        <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
          {valid ? "" : `Enter a number of hours between 0 and ${MAX_HOURS_PER_WEEK}.`}
        </p>
      </div>
      <dl aria-live="polite" className="flex flex-col gap-2 text-sm">
        {rows.map((row) => (
          <div key={row.key} className="flex flex-col">
            <dt className="text-slate-600">
              {row.label} ({formatMinutes(row.remaining)} left)
            </dt>
            <dd>
              {valid ? <ProjectionText projection={projectWithWeeklyHours(row.remaining / 60, hours, today)} /> : "–"}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
