import { testDb } from "./db";

/**
 * "Nothing changed" for the whole database in one round trip: per table, its row count and a
 * checksum of its rows, the sum of a 64-bit hash of each row's text form (every column). A sum
 * does not depend on row order, so no primary key or sort is needed (four times cheaper than an
 * md5 of the ordered rows), and any inserted, deleted or rewritten row (a bumped updatedAt too)
 * changes it.
 *
 * Nothing is excluded by default: the bad-input suite compares every public table. Pass
 * `exclude` for a table that legitimately changes on a refused call. (The bad-input suite
 * names such tables per action instead: a wrong current password on the change-password form
 * is a counted, audited guess.)
 */
export type DatabaseChecksum = Record<string, { rows: number; sum: string }>;

let statement: Promise<string> | undefined;

async function checksumStatement(): Promise<string> {
  const tables = await testDb().$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return tables
    .map(({ table_name: name }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      const literal = `'${name.replaceAll("'", "''")}'`;
      return `SELECT ${literal} AS "table", count(*)::int AS rows,
                     coalesce(sum(hashtextextended(t::text, 0)::numeric), 0)::text AS sum
                FROM ${quoted} t`;
    })
    .join("\nUNION ALL\n");
}

export async function databaseChecksum({
  exclude = [],
}: { exclude?: readonly string[] } = {}): Promise<DatabaseChecksum> {
  statement ??= checksumStatement();
  const rows = await testDb().$queryRawUnsafe<Array<{ table: string; rows: number; sum: string }>>(await statement);
  const skip = new Set(exclude);
  return Object.fromEntries(rows.filter((r) => !skip.has(r.table)).map((r) => [r.table, { rows: r.rows, sum: r.sum }]));
}

/** The tables whose count or content differs between two checksums (empty when nothing changed). */
export function changedTables(before: DatabaseChecksum, after: DatabaseChecksum): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => before[name]?.rows !== after[name]?.rows || before[name]?.sum !== after[name]?.sum)
    .map((name) => `${name} (${before[name]?.rows ?? "–"} → ${after[name]?.rows ?? "–"} rows)`)
    .sort();
}

let search: Promise<string> | undefined;

async function searchStatement(): Promise<string> {
  // Text columns (and text arrays), ids and foreign keys aside: they never hold what a person typed.
  const columns = await testDb().$queryRaw<Array<{ table_name: string; column_name: string; data_type: string }>>`
    SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name <> 'id' AND column_name NOT LIKE '%Id'
       AND (data_type IN ('text', 'character varying') OR (data_type = 'ARRAY' AND udt_name IN ('_text', '_varchar')))
     ORDER BY table_name, column_name`;
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const byTable = new Map<string, typeof columns>();
  for (const column of columns) byTable.set(column.table_name, [...(byTable.get(column.table_name) ?? []), column]);
  // Per table one scan of the rows written since $2: each text column, and each element of each
  // text-array column, that is one of $1.
  return [...byTable]
    .map(([table, cols]) => {
      const values = cols.map((c) =>
        c.data_type === "ARRAY" ? `SELECT unnest(t.${q(c.column_name)})` : `SELECT t.${q(c.column_name)}`,
      );
      return `SELECT DISTINCT v FROM ${q(table)} t CROSS JOIN LATERAL (${values.join(" UNION ALL ")}) found(v)
               WHERE t.xmin::text::bigint >= $2 AND v = ANY($1::text[])`;
    })
    .join("\nUNION\n");
}

/**
 * The id the next writing transaction will get: rows inserted or updated from now on carry an
 * xmin at least this large. (A test cluster never comes near the 32-bit wraparound.)
 */
export async function nextTransactionId(): Promise<bigint> {
  const [row] = await testDb().$queryRaw<
    Array<{ xid: string }>
  >`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid`;
  return BigInt(row!.xid) % 2n ** 32n;
}

/** Which of `texts` rows written since `since` (nextTransactionId) hold verbatim in a text or text-array column. */
export async function findStoredTexts(texts: readonly string[], since: bigint): Promise<Set<string>> {
  if (texts.length === 0) return new Set();
  search ??= searchStatement();
  const rows = await testDb().$queryRawUnsafe<Array<{ v: string }>>(await search, texts, since);
  return new Set(rows.map((r) => r.v));
}
