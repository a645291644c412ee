/**
 * Issue 15, target 6: with DATABASE_REPLICA_URL, the admin's and mentor's aggregate pages read
 * a real streaming replica (made from the embedded PostgreSQL, tests/system/support/replica.ts)
 * and everything else the primary. Replay on the replica is paused so the two differ: data
 * changed on the primary behind the app's back shows on a learner's own page at once but not on
 * the aggregate pages, which is how each page's source is told apart. An admin's own write
 * shows on their next aggregate page all the same (read-your-writes: the WAL position their
 * action left in a cookie sends them to the primary until the replica has replayed it), and
 * with the replica down the pages fall back to the primary instead of failing.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts, DEMO_PASSWORD } from "@/lib/account/demo-seed";
import { WROTE_AT_COOKIE } from "@/lib/read-replica/routing";
import { freshDatabase, type FreshDatabase } from "./support/databases";
import { getPage, signIn, type SignedIn } from "./support/http";
import { startReplicatedCluster, type ReplicatedCluster } from "./support/replica";
import { callAction, findActionId, withCookies } from "./support/server-action";
import { extraPort, startApp, systemPort, type AppServer } from "./support/servers";

let cluster: ReplicatedCluster;
let database: FreshDatabase;
let server: AppServer;

const rory = { id: "replica-test-rory", email: "rory@replica.test", name: "Rory Replica" };
const learnerRenamed = "Lee Renamed On Primary";

async function onPrimary(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

async function pauseReplay() {
  await cluster.onReplica("SELECT pg_wal_replay_pause()");
  for (let i = 0; i < 100; i++) {
    const [row] = await cluster.onReplica<{ state: string }>("SELECT pg_get_wal_replay_pause_state() AS state");
    if (row?.state === "paused") return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("Replay on the replica did not pause");
}

async function resumeReplay() {
  await cluster.onReplica("SELECT pg_wal_replay_resume()");
  await cluster.waitForReplay();
}

const page = async (session: SignedIn, path: string) => {
  const answer = await getPage(server.baseUrl, path, session);
  expect(answer.status, `${path} for ${session.email}`).toBe(200);
  return answer.body;
};

beforeAll(async () => {
  cluster = await startReplicatedCluster({ primaryPort: extraPort(0), replicaPort: extraPort(1) });
  database = await freshDatabase("skilltrail_system_replica", { base: cluster.primaryUrl });
  await onPrimary(`INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
    rory.id,
    rory.email,
    rory.name,
  ]);
  await cluster.startReplica();
  await cluster.waitForReplay();
  server = await startApp({
    port: systemPort(6),
    env: { DATABASE_URL: database.url, DATABASE_REPLICA_URL: cluster.replicaUrl(database.name) },
  });
});

afterAll(async () => {
  await server?.stop();
  await cluster?.stop(); // both servers and their directories: the database goes with them
});

describe("a read replica behind the aggregate pages", () => {
  let admin: SignedIn;
  let writer: SignedIn;

  it("serves the admin's and mentor's aggregate pages from the replica, a learner's own page from the primary", async () => {
    admin = await signIn(server.baseUrl, demoAccounts.admin.email, DEMO_PASSWORD);
    const mentor = await signIn(server.baseUrl, demoAccounts.mentor.email, DEMO_PASSWORD);
    const learner = await signIn(server.baseUrl, demoAccounts.learner.email, DEMO_PASSWORD);
    expect(await page(admin, "/admin/users")).toContain(demoAccounts.learner.name);

    await pauseReplay();
    await onPrimary(`UPDATE "User" SET name = $1 WHERE email = $2`, [learnerRenamed, demoAccounts.learner.email]);

    const users = await page(admin, "/admin/users");
    expect(users).toContain(demoAccounts.learner.name);
    expect(users).not.toContain(learnerRenamed);
    const mentees = await page(mentor, "/mentor");
    expect(mentees).toContain(demoAccounts.learner.name);
    expect(mentees).not.toContain(learnerRenamed);

    expect(await page(learner, "/dashboard")).toContain(learnerRenamed);
  });

  it("shows an admin their own write on their next aggregate page while the replica lags", async () => {
    expect(await page(admin, "/admin/audit")).not.toContain(rory.name);

    const changeRole = await findActionId("lib/users/actions.ts", "changeRoleAction");
    const answer = await callAction(
      server.baseUrl,
      `/admin/users/${rory.id}`,
      changeRole,
      [{ userId: rory.id, role: "MENTOR" }],
      admin,
    );
    expect(answer.status, answer.body.slice(0, 500)).toBe(200);
    expect(answer.body).toContain('"ok":true');
    expect(answer.setCookies.some((cookie) => cookie.startsWith(`${WROTE_AT_COOKIE}=`))).toBe(true);
    writer = withCookies(admin, answer.setCookies);

    // The writer reads the primary: their audit entry, and the rename made behind the app's back.
    expect(await page(writer, "/admin/audit")).toContain(rory.name);
    expect(await page(writer, "/admin/users")).toContain(learnerRenamed);
    // Another admin session, with no write of its own, still reads the paused replica.
    const otherAdmin = await signIn(server.baseUrl, demoAccounts.admin.email, DEMO_PASSWORD);
    expect(await page(otherAdmin, "/admin/audit")).not.toContain(rory.name);
    expect(await page(otherAdmin, "/admin/users")).not.toContain(learnerRenamed);
  });

  it("catches up when replay resumes, and sends the writer back to the replica once it has their write", async () => {
    await resumeReplay();
    const otherAdmin = await signIn(server.baseUrl, demoAccounts.admin.email, DEMO_PASSWORD);
    expect(await page(otherAdmin, "/admin/audit")).toContain(rory.name);
    expect(await page(otherAdmin, "/admin/users")).toContain(learnerRenamed);

    // The writer's recorded position is replayed now: a change the replica has not seen stays
    // off their page, so they read the replica again.
    await pauseReplay();
    await onPrimary(`UPDATE "User" SET name = $1 WHERE id = $2`, ["Rory Renamed Later", rory.id]);
    const users = await page(writer, "/admin/users");
    expect(users).toContain(rory.name);
    expect(users).not.toContain("Rory Renamed Later");
  });

  it("falls back to the primary, logging once, when the replica is down", async () => {
    await cluster.stopReplica();
    for (let i = 0; i < 2; i++) expect(await page(admin, "/admin/users")).toContain("Rory Renamed Later");
    expect(await page(admin, "/admin/audit")).toContain(rory.name);
    expect(server.output().match(/\[read-replica\] unreachable/g)).toHaveLength(1);
  });
});
