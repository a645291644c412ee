import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { WhatsLeft as Left } from "@/lib/phases/whats-left";

/** What is left of the phase, from whatsLeft (lib/phases/whats-left.ts). */
export function WhatsLeft({ left }: { left: Left }) {
  return (
    <Card data-testid="whats-left">
      <CardHeader>
        <CardTitle>What&apos;s left</CardTitle>
        <CardDescription>Resources count with their estimated time until you mark them done.</CardDescription>
      </CardHeader>
      {left.items.length === 0 ? (
        <p className="text-sm text-slate-700">Nothing: every part of this phase is done.</p>
      ) : (
        <ul className="flex list-disc flex-col gap-1.5 pl-5 text-sm text-slate-700">
          {left.items.map((item) => (
            <li key={item.key} data-testid={`left-${item.key}`}>
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
