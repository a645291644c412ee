/**
 * The log-hours server action over HTTP, as the browser's hours form calls it: a POST to /hours
 * with the `Next-Action` header naming the action, and the arguments React serialises for
 * `logHoursAction(previousState, formData)` (multipart: the form's fields, and a root field
 * `0` holding `[null, "$K1"]`, a reference to them). The response streams the action's result
 * and, since the action revalidates /hours, the re-rendered page.
 *
 * Every request carries a new idempotency key and logs 1 minute on a past day, round-robin over
 * the last 365 days, so no day comes near the 24-hour cap. A ledger records which keys were
 * sent, acknowledged (`"ok":true` in the answer) or refused; afterwards the database must hold
 * every acknowledged key exactly once, and nothing else but requests still in flight when the
 * load stopped (sent, never answered: the server may or may not have committed them).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type autocannon from "autocannon";
import { withClient } from "./database";
import type { Persona } from "./personas";

const MANIFEST = ".next/server/server-reference-manifest.json";
const KEY = "__BENCH_KEY__";
const DATE = "__BENCH_DATE__";

/** The action's id in the build, found by its file and export name. */
export async function findActionId(file: string, exportedName: string): Promise<string> {
  const manifest = JSON.parse(await readFile(MANIFEST, "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  )?.[0];
  if (!id) throw new Error(`${exportedName} (${file}) is not in ${MANIFEST}: was the app built?`);
  return id;
}

/**
 * The request body the browser sends for `logHoursAction(null, formData)`, made by React's own
 * encodeReply (the build Next ships, so the wire format always matches the server's decoder)
 * once, with placeholders that each request then replaces with its key and date.
 */
async function encodedArguments(fields: Record<string, string>): Promise<{ contentType: string; body: string }> {
  const require = createRequire(import.meta.url);
  const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
    encodeReply: (value: unknown) => Promise<string | FormData>;
  };
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.append(name, value);
  const response = new Response(await encodeReply([null, formData]));
  return {
    contentType: response.headers.get("content-type") ?? "text/plain;charset=UTF-8",
    body: await response.text(),
  };
}

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

export type Ledger = { sent: Set<string>; acknowledged: Set<string>; refused: Map<string, string> };

/** The autocannon request that logs hours, and the ledger it fills. */
export async function logHoursRequest(actionId: string, baseUrl: string, phaseId: string) {
  // The log form's fields (components/hours/entry-fields.tsx), as the browser's FormData has them.
  const template = await encodedArguments({
    idempotencyKey: KEY,
    date: DATE,
    duration: "1m",
    phaseId,
    subSkillId: "",
    note: "",
  });
  const ledger: Ledger = { sent: new Set(), acknowledged: new Set(), refused: new Map() };
  const runId = Date.now().toString(36);
  let counter = 0;
  const request: Pick<autocannon.Request, "method" | "setupRequest" | "onResponse"> = {
    method: "POST",
    // autocannon keeps one request in flight per connection, and calls onResponse with the
    // context setupRequest filled for that same request: that is how an answer finds its key.
    setupRequest: (req, context) => {
      const n = counter++;
      const key = `bench-${runId}-${n.toString().padStart(7, "0")}`;
      (context as { key?: string }).key = key;
      ledger.sent.add(key);
      const body = template.body.replace(KEY, key).replace(DATE, isoDaysAgo(1 + (n % 365)));
      return {
        ...req,
        method: "POST",
        headers: {
          ...req.headers,
          accept: "text/x-component",
          "next-action": actionId,
          origin: baseUrl,
          "content-type": template.contentType,
        },
        body,
      };
    },
    onResponse: (status, body, context) => {
      const key = String((context as { key?: string }).key);
      if (status >= 200 && status < 300 && body.includes('"ok":true')) ledger.acknowledged.add(key);
      else ledger.refused.set(key, `${status} ${body.slice(0, 200)}`);
    },
  };
  return { request, ledger };
}

export type IntegrityResult = {
  sent: number;
  acknowledged: number;
  refused: number;
  rows: number;
  /** Acknowledged keys with no row. */
  missing: number;
  /** Keys with more than one row. */
  duplicated: number;
  /** Rows whose request was refused, or never sent by the bench. */
  unexpected: number;
  /** Rows of requests still in flight when the load stopped (no answer seen): allowed. */
  inFlightSaved: number;
  ok: boolean;
};

/** Compares the ledger with what the database holds for the learner. */
export async function checkLogHoursIntegrity(url: string, learner: Persona, ledger: Ledger): Promise<IntegrityResult> {
  const rows = await withClient(
    url,
    async (client) =>
      (
        await client.query<{ key: string | null; n: number }>(
          `SELECT "idempotencyKey" AS key, count(*)::int AS n FROM "TimeEntry" WHERE "learnerId" = $1 GROUP BY "idempotencyKey"`,
          [learner.id],
        )
      ).rows,
  );
  const stored = new Map(rows.map((r) => [r.key ?? "", r.n]));
  let missing = 0;
  for (const key of ledger.acknowledged) if (!stored.has(key)) missing += 1;
  const duplicated = rows.filter((r) => r.n > 1).length;
  let unexpected = 0;
  let inFlightSaved = 0;
  for (const key of stored.keys()) {
    if (ledger.acknowledged.has(key)) continue;
    if (ledger.sent.has(key) && !ledger.refused.has(key)) inFlightSaved += 1;
    else unexpected += 1;
  }
  const result = {
    sent: ledger.sent.size,
    acknowledged: ledger.acknowledged.size,
    refused: ledger.refused.size,
    rows: rows.reduce((sum, r) => sum + r.n, 0),
    missing,
    duplicated,
    unexpected,
    inFlightSaved,
  };
  // Every request logs 1 minute on a day far from the cap: a refusal means the bench no longer
  // posts what the form posts (a renamed field), and the figures would measure the refusal.
  const clean = missing === 0 && duplicated === 0 && unexpected === 0 && result.refused === 0;
  return { ...result, ok: clean && result.acknowledged > 0 };
}
