import Link from "next/link";

/** "Times are in Europe/Paris — change": the zone the page's dates follow, and where to change it. */
export function TimeZoneNote({ timeZone, className }: { timeZone: string; className?: string }) {
  return (
    <p className={className ?? "text-sm text-slate-600"} data-testid="time-zone-note">
      Times are in {timeZone.replaceAll("_", " ")} —{" "}
      <Link href="/account" className="font-medium text-slate-900 underline underline-offset-2">
        change
      </Link>
    </p>
  );
}
