import { unstable_rethrow } from "next/navigation";
import { LONG_TIMER_MINUTES } from "@/lib/hours/timer-plan";
import { getHeaderTimer, type HeaderTimer as HeaderTimerData } from "@/lib/hours/timer-queries";
import { TimerControl } from "./timer-control";

/**
 * The timer in a learner's header (one query). Like the notification bell, a failed read
 * never takes the header down: the control is left out and the reason logged.
 */
export async function HeaderTimer({ learnerId }: { learnerId: string }) {
  let data: HeaderTimerData;
  try {
    data = await getHeaderTimer(learnerId);
  } catch (error) {
    unstable_rethrow(error);
    console.error("[header] could not read the running timer", error);
    return null;
  }
  const now = new Date();
  const running = data.running ? { ...data.running, startedAt: data.running.startedAt.toISOString() } : null;
  const long = data.running !== null && now.getTime() - data.running.startedAt.getTime() > LONG_TIMER_MINUTES * 60_000;
  return (
    <TimerControl
      running={running}
      serverNow={now.toISOString()}
      long={long}
      phases={data.phases}
      subSkills={data.subSkills}
      defaultPhaseId={data.defaultPhaseId}
    />
  );
}
