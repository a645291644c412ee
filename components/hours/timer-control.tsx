"use client";

import { formAction } from "@/components/forms/form-action";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { discardTimerAction, startTimerAction, stopTimerAction } from "@/lib/hours/actions";
import type { TimerOption } from "@/lib/hours/timer-queries";
import { cn } from "@/lib/ui/cn";
import type { ReactNode } from "react";
import { TimerElapsed } from "./timer-elapsed";
import { TimerFields } from "./timer-fields";

export type TimerControlProps = {
  running: { startedAt: string; phaseId: string | null; subSkillId: string | null; note: string | null } | null;
  /** The server's time at render, for the first elapsed figure and the 12-hour question. */
  serverNow: string;
  /** Over 12 hours: the stop form asks to keep the full time or trim it. */
  long: boolean;
  phases: readonly TimerOption[];
  subSkills: readonly TimerOption[];
  defaultPhaseId: string | null;
};

/**
 * The header's timer: "Start timer", or the elapsed time and "Stop". Each opens a small form in
 * a native disclosure, so it opens and posts without JavaScript too; with it, errors show at
 * their fields. After a start or stop the action refreshes the layout, which swaps the control.
 */
export function TimerControl(props: TimerControlProps) {
  if (!props.running) return <StartTimer {...props} />;
  return (
    <div className="flex items-center gap-2" data-testid="timer">
      <TimerElapsed startedAt={props.running.startedAt} serverNow={props.serverNow} />
      <StopTimer {...props} running={props.running} />
    </div>
  );
}

function Disclosure({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <details className="relative" data-testid={testId}>
      <summary
        className={cn(
          buttonClasses({ variant: "secondary", size: "sm" }),
          "cursor-pointer list-none [&::-webkit-details-marker]:hidden",
        )}
      >
        {label}
      </summary>
      <div className="absolute right-0 z-30 mt-2 flex w-72 max-w-[90vw] flex-col gap-3 rounded-lg bg-white p-4 shadow-lg ring-1 ring-slate-200">
        {children}
      </div>
    </details>
  );
}

function StartTimer({ phases, subSkills, defaultPhaseId }: TimerControlProps) {
  const { state, pending, onSubmit, fieldErrors } = useActionForm(startTimerAction);
  return (
    <Disclosure label="Start timer" testId="timer-start">
      <form
        action={formAction(startTimerAction)}
        onSubmit={onSubmit}
        noValidate
        aria-label="Start timer"
        className="flex flex-col gap-3"
      >
        <FormMessage state={state} />
        <TimerFields
          idPrefix="timer-start"
          phases={phases}
          subSkills={subSkills}
          values={{ phaseId: defaultPhaseId, subSkillId: null, note: null }}
          errors={fieldErrors}
        />
        <Button type="submit" size="sm" pending={pending}>
          Start
        </Button>
      </form>
    </Disclosure>
  );
}

function StopTimer({
  running,
  long,
  phases,
  subSkills,
  defaultPhaseId,
}: TimerControlProps & { running: NonNullable<TimerControlProps["running"]> }) {
  const stop = useActionForm(stopTimerAction);
  const discard = useActionForm(discardTimerAction);
  const durationErrors = stop.fieldErrors?.duration;
  return (
    <Disclosure label="Stop" testId="timer-stop">
      <form
        action={formAction(stopTimerAction)}
        onSubmit={stop.onSubmit}
        noValidate
        aria-label="Stop timer"
        className="flex flex-col gap-3"
      >
        <FormMessage state={stop.state} />
        <TimerFields
          idPrefix="timer-stop"
          phases={phases}
          subSkills={subSkills}
          values={{ ...running, phaseId: running.phaseId ?? defaultPhaseId }}
          errors={stop.fieldErrors}
        />
        <Field
          label="Time studied (optional)"
          hint="Leave empty to log until now, or trim it, e.g. 1h 30m."
          errors={durationErrors}
          id="timer-stop-duration"
        >
          {(p) => <Input {...p} name="duration" autoComplete="off" />}
        </Field>
        {long || durationErrors ? (
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="confirmLong" className="size-4" />
            Keep the full time
          </label>
        ) : null}
        <Button type="submit" size="sm" pending={stop.pending}>
          Stop and log
        </Button>
      </form>
      <form
        action={formAction(discardTimerAction)}
        onSubmit={discard.onSubmit}
        aria-label="Discard timer"
        className="flex flex-col gap-2"
      >
        <FormMessage state={discard.state} />
        <Button type="submit" size="sm" variant="ghost" pending={discard.pending}>
          Discard without logging
        </Button>
      </form>
    </Disclosure>
  );
}
