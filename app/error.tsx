"use client"; // Error boundaries must be Client Components.

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";

type Cause = "checking" | "database" | "unknown";

/**
 * Shows a fixed, readable message: never `error.message` or a stack, which can carry
 * internals. Server errors come with a `digest` that matches the server log, so we show it
 * as a reference a user can quote. Production strips the error's type on its way here, so to
 * tell an outage from a bug the page asks /api/health, which says whether the database is up.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const [cause, setCause] = useState<Cause>("checking");

  useEffect(() => {
    console.error(error);
    const controller = new AbortController();
    fetch("/api/health", { cache: "no-store", signal: controller.signal })
      .then(async (response) => {
        const health = (await response.json()) as { database?: string };
        setCause(health.database === "down" ? "database" : "unknown");
      })
      .catch(() => setCause((current) => (controller.signal.aborted ? current : "unknown")));
    return () => controller.abort();
  }, [error]);

  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      {cause === "database" ? (
        <>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">Skilltrail is briefly unavailable</h1>
          <p className="text-slate-600">
            We can&apos;t reach our database right now. Everything you saved before is safe; anything you were saving
            just now was not stored. Please try again in a minute.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">Something went wrong</h1>
          <p className="text-slate-600">
            We couldn&apos;t load this page. It may be a temporary problem: try again, and if it keeps happening, come
            back in a few minutes.
          </p>
        </>
      )}
      {digest ? (
        <p className="text-sm text-slate-500">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
      <Button onClick={() => retry()}>Try again</Button>
    </div>
  );
}
