"use client"; // Error boundaries must be Client Components.

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/**
 * Shows a fixed, readable message: never `error.message` or a stack, which can carry
 * internals. Server errors come with a `digest` that matches the server log, so we show it
 * as a reference a user can quote.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  return (
    <div role="alert" className="mx-auto flex max-w-lg flex-col items-center gap-4 py-12 text-center">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Something went wrong</h1>
      <p className="text-slate-600">
        We couldn&apos;t load this page. It may be a temporary problem: try again, and if it keeps
        happening, come back in a few minutes.
      </p>
      {digest ? (
        <p className="text-sm text-slate-500">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
      <Button onClick={() => retry()}>Try again</Button>
    </div>
  );
}
