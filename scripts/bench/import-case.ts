/**
 * `npm run bench -- import`: imports a generated 10,000-row CSV (the most one file may hold,
 * CSV_MAX_ROWS) into a fresh learner of the bench database, through the import's own code path
 * (import-worker.ts), and checks it takes under 10 s. Only this case runs: no volume seed, no
 * build, no server. The file is Skilltrail's own CSV format: four sessions a day of 45 to 120
 * minutes on every phase and sub-skill, on the days before today (so every row is new, none is
 * over the daily cap, and the trigger checks 2,500 learner-days).
 */
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO_ROOT } from "../db/embedded";
import { withClient } from "./database";

export const IMPORT_ROWS = 10_000;
export const IMPORT_TARGET_SECONDS = 10;
const ROWS_PER_DAY = 4;

export type ImportCaseResult = {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** The worker's first import (20 rows), which also loads modules and compiles queries. */
  firstImportSeconds: number;
  pass: boolean;
};

/** The CSV: rows on the IMPORT_ROWS / ROWS_PER_DAY days before `today`, oldest first. */
export function importCsv(
  today: Date,
  phases: readonly string[],
  subSkills: readonly string[],
  rows = IMPORT_ROWS,
): { csv: string; minutes: number } {
  const lines = ["date,hours,minutes,phase,sub_skill,note"];
  let total = 0;
  const days = Math.ceil(rows / ROWS_PER_DAY);
  for (let i = 0; i < rows; i++) {
    const day = new Date(today.getTime() - (days - Math.floor(i / ROWS_PER_DAY)) * 86_400_000);
    const minutes = 45 + ((i * 37) % 76);
    total += minutes;
    const note = i % 3 === 0 ? `"Session ${i + 1}, notes and reading"` : `Session ${i + 1}`;
    lines.push(
      [
        day.toISOString().slice(0, 10),
        Math.floor(minutes / 60),
        minutes % 60,
        phases[i % phases.length],
        i % 5 === 0 ? "" : subSkills[i % subSkills.length],
        note,
      ].join(","),
    );
  }
  return { csv: `${lines.join("\n")}\n`, minutes: total };
}

export async function runImportCase(databaseUrl: string): Promise<ImportCaseResult> {
  const { phases, subSkills } = await withClient(databaseUrl, async (client) => ({
    phases: (
      await client.query<{ key: string }>(`SELECT key FROM "Phase" WHERE "archivedAt" IS NULL ORDER BY position`)
    ).rows.map((r) => r.key),
    subSkills: (
      await client.query<{ key: string }>(`SELECT key FROM "SubSkill" WHERE "archivedAt" IS NULL ORDER BY position`)
    ).rows.map((r) => r.key),
  }));
  const { csv, minutes } = importCsv(new Date(), phases, subSkills);
  const dir = join(REPO_ROOT, ".data/bench");
  await mkdir(dir, { recursive: true });
  const file = join(dir, "import-10000.csv");
  await writeFile(file, csv);
  console.log(`Generated ${IMPORT_ROWS.toLocaleString("en-US")} rows (${(csv.length / 1e6).toFixed(2)} MB): ${file}`);

  const output = await runWorker(databaseUrl, file);
  const result = JSON.parse(output.trim().split("\n").at(-1)!) as {
    seconds: number;
    firstImportSeconds: number;
    imported: number;
    stored: { entries: number; minutes: number };
  };
  if (result.imported !== IMPORT_ROWS || result.stored.entries !== IMPORT_ROWS || result.stored.minutes !== minutes)
    throw new Error(`The import stored ${JSON.stringify(result)}, expected ${IMPORT_ROWS} rows of ${minutes} minutes`);
  const rowsPerSecond = IMPORT_ROWS / result.seconds;
  return {
    rows: IMPORT_ROWS,
    seconds: result.seconds,
    rowsPerSecond,
    firstImportSeconds: result.firstImportSeconds,
    pass: result.seconds < IMPORT_TARGET_SECONDS,
  };
}

/** The case's line in the bench's PASS/FAIL list. */
export function importCheck(r: ImportCaseResult) {
  return {
    name: `import: ${r.rows.toLocaleString("en-US")} CSV rows through the import code path`,
    value: `${r.seconds.toFixed(2)} s, ${Math.round(r.rowsPerSecond).toLocaleString("en-US")} rows/s (a fresh process's first import, 20 rows: ${r.firstImportSeconds.toFixed(2)} s)`,
    target: `< ${IMPORT_TARGET_SECONDS} s`,
    pass: r.pass,
  };
}

function runWorker(databaseUrl: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--import",
        join(REPO_ROOT, "scripts/bench/server-only-hook.ts"),
        join(REPO_ROOT, "scripts/bench/import-worker.ts"),
        file,
      ],
      { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`import worker exited with ${code}`))));
  });
}
