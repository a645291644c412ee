"use client";

import { Button } from "@/components/ui/button";

/** The report's Print button: the browser's own print dialog (the page's print CSS does the rest). */
export function ReportPrintButton() {
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      Print
    </Button>
  );
}
