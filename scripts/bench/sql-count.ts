/**
 * How many SQL statements one page render makes, counted by the database itself: with
 * pg_stat_statements (preloaded on the bench cluster, see scripts/db/embedded.ts), reset the
 * counters, GET the page once, sum the calls of every statement since. The bench's own two
 * statements (the reset and the read) are left out by their text; nothing else talks to the
 * bench database meanwhile. Top-level statements only: a trigger's inner queries are not
 * round trips.
 */
import { withClient } from "./database";
import type { Session } from "./sign-in";

export type StatementCount = { statements: number; byQuery: Array<{ calls: number; query: string }> };

/** True when pg_stat_statements is loaded (the bench cluster preloads it); creates the extension. */
export async function enableStatementStats(url: string): Promise<boolean> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ loaded: boolean }>(
      "SELECT current_setting('shared_preload_libraries') LIKE '%pg_stat_statements%' AS loaded",
    );
    if (!rows[0]?.loaded) return false;
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    return true;
  });
}

export async function countStatements(
  url: string,
  baseUrl: string,
  session: Session,
  path: string,
): Promise<StatementCount> {
  const get = async () => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: session.cookie }, redirect: "manual" });
    await response.text(); // the render is over when the stream ends
    if (response.status !== 200) throw new Error(`GET ${path} as ${session.persona.email} answered ${response.status}`);
  };
  await get(); // warm: first-use work (pool connections, caches) is not a render's cost
  return withClient(url, async (client) => {
    await client.query("SELECT pg_stat_statements_reset()");
    await get();
    const { rows } = await client.query<{ calls: number; query: string }>(
      `SELECT calls::int, query FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'
        ORDER BY calls DESC, query`,
    );
    return { statements: rows.reduce((sum, r) => sum + r.calls, 0), byQuery: rows };
  });
}
