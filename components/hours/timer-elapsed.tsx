"use client";

import { useEffect, useState } from "react";

/** "1:02:03": hours, minutes, seconds of a running timer. */
function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(total / 3600)}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/**
 * The running timer's elapsed time, ticking every second from the server's start instant (so
 * every tab and device shows the same time). The first render uses the server's "now", so the
 * server's HTML and the first client render agree. The ticking is not announced: a screen
 * reader reads the current time when it reaches the element.
 */
export function TimerElapsed({ startedAt, serverNow }: { startedAt: string; serverNow: string }) {
  const start = Date.parse(startedAt);
  const [elapsed, setElapsed] = useState(() => Date.parse(serverNow) - start);
  useEffect(() => {
    const tick = () => setElapsed(Date.now() - start);
    const id = window.setInterval(tick, 1000);
    return () => window.clearInterval(id);
  }, [start]);
  return (
    <span
      role="timer"
      aria-live="off"
      aria-label={`Timer running: ${clock(elapsed)}`}
      data-testid="timer-elapsed"
      className="text-sm font-medium text-slate-800 tabular-nums"
    >
      {clock(elapsed)}
    </span>
  );
}
