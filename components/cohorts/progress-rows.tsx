"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { ProgressRow } from "@/lib/cohorts/table";
import { formatMinutes } from "@/lib/progress/path";

/**
 * The body of the cohort progress table (./progress-table.tsx). A client component for the
 * size of what the server sends, not for interaction: as server markup, each of 100 rows
 * travelled twice (in the HTML and, as its element tree, in the RSC payload: 1.3 KB a row);
 * as a client component the payload carries the rows' data only and the markup is rendered from
 * it, on the server for the HTML and in the browser at hydration. The cells' shared classes are
 * set once on the tbody (descendant variants). Learner links do not prefetch: by default
 * next/link would fetch 100 learner pages as the table scrolls into view.
 */
export function ProgressRows({ rows, estimatedHours }: { rows: ProgressRow[]; estimatedHours: number[] }) {
  return (
    <tbody className="divide-y divide-slate-100 tabular-nums [&_small]:block [&_small]:text-xs [&_small]:font-normal [&_small]:text-slate-500 [&_td]:px-3 [&_td]:py-2.5 [&_th]:px-3 [&_th]:py-2.5 [&_th]:font-normal">
      {rows.map((row) => (
        <tr key={row.learnerId}>
          <th scope="row">
            <Link
              href={`/admin/users/${row.learnerId}`}
              prefetch={false}
              className="font-medium text-brand-800 hover:underline"
            >
              {row.label}
            </Link>
            <small>{row.email}</small>
          </th>
          {row.phaseMinutes.map((minutes, i) => (
            <td key={i} className="text-right whitespace-nowrap">
              {formatMinutes(minutes)}
              <small>of {estimatedHours[i]} h</small>
            </td>
          ))}
          <td className="text-right font-medium whitespace-nowrap" data-testid="cohort-total">
            {formatMinutes(row.totalMinutes)}
            <small>of {row.pathTotalHours} h</small>
          </td>
          <td>
            {row.level ? <Badge tone="brand">{row.level}</Badge> : <span className="text-slate-500">—</span>}
            {row.readiness ? <small>{row.readiness}</small> : null}
          </td>
          <td className="text-right whitespace-nowrap">{row.hoursPerWeek} h/week</td>
          <td className="whitespace-nowrap">{row.lastActivityDate ?? "—"}</td>
          <td className="text-right">{row.openSubmissions}</td>
        </tr>
      ))}
    </tbody>
  );
}
