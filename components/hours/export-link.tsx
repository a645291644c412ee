/** Downloads the learner's hours as Skilltrail's CSV (`/api/hours/export`), which the import reads back. */
export function HoursExportLink() {
  return (
    <a href="/api/hours/export" download className="font-medium text-slate-900 underline underline-offset-2">
      Export your hours as CSV
    </a>
  );
}
