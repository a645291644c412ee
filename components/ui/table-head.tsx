import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

export type TableColumn = {
  label: ReactNode;
  /** This column's own classes: a width, or hiding it on narrow screens. */
  className?: string;
};

/** A table's header row: one `th` per column, styled alike by `cellClassName`. */
export function TableHead({
  columns,
  className,
  cellClassName,
}: {
  columns: readonly TableColumn[];
  className?: string;
  cellClassName?: string;
}) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((column, index) => (
          <th key={index} scope="col" className={cn(cellClassName, column.className)}>
            {column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
