/**
 * Two `next start` instances of the same build on one database, both through PgBouncer in
 * transaction-pooling mode, as a deployment with a load balancer runs them: whatever a user
 * does may land on either. Requests alternate (or race) between A and B, and nothing may
 * depend on which one answered: sessions, sign-in limits, idempotency keys, the daily cap,
 * the digest's one email per person, and server actions (the encryption key is configured,
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, not generated per build).
 *
 * Migrating and seeding go straight to PostgreSQL (freshDatabase, as DIRECT_DATABASE_URL would
 * in a deployment): the seed's session advisory lock means nothing through transaction pooling.
 */
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts, DEMO_PASSWORD } from "@/lib/account/demo-seed";
import { MAX_FAILURES_PER_IP_AND_ACCOUNT } from "@/lib/auth/rate-limit";
import { findActionId } from "@/scripts/bench/log-hours";
import { seedDatabaseAt } from "@/scripts/db/seed";
import { freshDatabase, type FreshDatabase } from "./support/databases";
import { getPage, signIn, type SignedIn } from "./support/http";
import { adminShow, startPgBouncer, type PgBouncer } from "./support/pgbouncer";
import { extraPort, startApp, systemPort, type AppServer } from "./support/servers";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";
import { encodeActionArguments, passwordAttempt, signOut, type ActionPost } from "./support/browser-requests";

const CRON_SECRET = randomBytes(24).toString("base64url");
// What an operator generates once with `openssl rand -base64 32` and gives every instance.
const ACTION_KEY = randomBytes(32).toString("base64");

let database: FreshDatabase;
let bouncer: PgBouncer;
let sink: SmtpSink;
let a: AppServer;
let b: AppServer;

beforeAll(async () => {
  database = await freshDatabase("skilltrail_system_multi_instance");
  bouncer = await startPgBouncer({ databaseUrl: database.url });
  sink = await startSmtpSink(extraPort(1));
  const env = {
    DATABASE_URL: bouncer.url,
    DIRECT_DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: "5",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: ACTION_KEY,
    CRON_SECRET,
    SMTP_URL: sink.url,
    MAIL_FROM: "Skilltrail <noreply@skilltrail.test>",
  };
  // Started together: each takes a while to answer on a loaded machine.
  [a, b] = await Promise.all([startApp({ port: systemPort(0), env }), startApp({ port: systemPort(1), env })]);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await bouncer?.stop();
  await sink?.stop();
  await database?.drop();
});

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const learnerId = async () =>
  (await sql<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [demoAccounts.learner.email]))[0]!.id;

/** The learner's API token, made from a signed-in page on A (the cookie, as the account page does). */
async function tokenFrom(server: AppServer, session: SignedIn): Promise<string> {
  const response = await fetch(`${server.baseUrl}/api/v1/tokens`, {
    method: "POST",
    headers: { Cookie: session.cookie, Origin: server.baseUrl, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "multi-instance test", scope: "READ_WRITE" }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

function logViaApi(server: AppServer, token: string, body: object, idempotencyKey?: string) {
  return fetch(`${server.baseUrl}/api/v1/time-entries`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
      ...(idempotencyKey ? { "Idempotency-Key": idempotencyKey } : {}),
    },
    body: JSON.stringify(body),
  });
}

describe("two instances behind PgBouncer (transaction pooling)", () => {
  it("reach the database through PgBouncer in transaction mode", async () => {
    for (const server of [a, b]) expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
    const name = database.name;
    const [pool] = (await adminShow(bouncer, "POOLS")).filter((row) => row.database === name);
    expect(pool?.pool_mode).toBe("transaction");
    // Each instance's pg pool holds its own client connections to PgBouncer (the test's own
    // queries go straight to PostgreSQL).
    const clients = (await adminShow(bouncer, "CLIENTS")).filter((row) => row.database === name);
    expect(clients.length).toBeGreaterThanOrEqual(2);
  });

  it("takes a session made on A on B, and a sign-out on B ends it on A", async () => {
    const session = await signIn(a.baseUrl, demoAccounts.learner.email, DEMO_PASSWORD);
    const onB = await getPage(b.baseUrl, "/dashboard", session);
    expect(onB.status).toBe(200);
    expect(onB.body).toContain(demoAccounts.learner.name);

    await signOut(b.baseUrl, session.cookie);
    const onA = await getPage(a.baseUrl, "/dashboard", session);
    expect(onA.status).toBe(307);
    expect(onA.location).toContain("/sign-in");
  });

  it("refuses the password guess past the limit at the same count when guesses alternate", async () => {
    const email = `guessed-${randomUUID().slice(0, 8)}@skilltrail.test`;
    const outcomes: string[] = [];
    for (let i = 0; i <= MAX_FAILURES_PER_IP_AND_ACCOUNT; i += 1) {
      const server = i % 2 === 0 ? a : b;
      outcomes.push(await passwordAttempt(server.baseUrl, email, `wrong-password-${i}`));
    }
    expect(outcomes.slice(0, MAX_FAILURES_PER_IP_AND_ACCOUNT)).toEqual(
      Array(MAX_FAILURES_PER_IP_AND_ACCOUNT).fill("CredentialsSignin"),
    );
    expect(outcomes.at(-1)).toMatch(/^RateLimited:\d+$/);
  });

  it("answers the API's Idempotency-Key once, whichever instance gets the retry", async () => {
    const session = await signIn(b.baseUrl, demoAccounts.learner.email, DEMO_PASSWORD);
    const token = await tokenFrom(a, session);
    const date = isoDaysAgo(100);
    const entry = { date, minutes: 25, phase: 1, note: "retried across instances" };

    const key = randomUUID();
    const first = await logViaApi(a, token, entry, key);
    const retry = await logViaApi(b, token, entry, key);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.json()).toEqual(await first.json());

    // The same key sent to both at once: one runs, the other replays or is told it is in flight.
    const raced = randomUUID();
    const racedEntry = { ...entry, minutes: 35 };
    const answers = await Promise.all([logViaApi(a, token, racedEntry, raced), logViaApi(b, token, racedEntry, raced)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual(expect.arrayContaining([201]));
    for (const answer of answers) expect([201, 409]).toContain(answer.status);

    const rows = await sql<{ minutes: number; n: number }>(
      `SELECT minutes, count(*)::int AS n FROM "TimeEntry" WHERE "learnerId" = $1 AND date = $2 GROUP BY minutes ORDER BY minutes`,
      [await learnerId(), date],
    );
    expect(rows).toEqual([
      { minutes: 25, n: 1 },
      { minutes: 35, n: 1 },
    ]);
  });

  it("holds the daily cap when concurrent logs of one day hit both instances", async () => {
    const session = await signIn(a.baseUrl, demoAccounts.learner.email, DEMO_PASSWORD);
    const token = await tokenFrom(b, session);
    const date = isoDaysAgo(120);
    // Nine three-hour entries: eight fill the day exactly, one must be refused.
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) => logViaApi(i % 2 === 0 ? a : b, token, { date, minutes: 180, phase: 1 })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(8);
    expect(statuses.filter((status) => status === 422)).toHaveLength(1);
    const refused = answers[statuses.indexOf(422)]!;
    expect(JSON.stringify(await refused.json())).toMatch(/a day holds at most 24 h/);

    const [day] = await sql<{ total: number }>(
      `SELECT coalesce(sum(minutes), 0)::int AS total FROM "TimeEntry" WHERE "learnerId" = $1 AND date = $2`,
      [await learnerId(), date],
    );
    expect(day!.total).toBe(1440);
  });

  it("runs a server action from a page A rendered on B, once per form key, with the cap's message", async () => {
    const session = await signIn(a.baseUrl, demoAccounts.learner.email, DEMO_PASSWORD);
    const page = await getPage(a.baseUrl, "/hours", session);
    expect(page.status).toBe(200);
    // What the browser holds after A rendered the page: the form's key and its first phase.
    const idempotencyKey = /name="idempotencyKey" value="([^"]+)"/.exec(page.body)?.[1];
    const phaseId = /<select[^>]*name="phaseId"[^>]*>(?:(?!<\/select>).)*?<option value="([^"]+)"/s.exec(
      page.body,
    )?.[1];
    expect(idempotencyKey).toBeTruthy();
    expect(phaseId).toBeTruthy();
    const actionId = await findActionId("lib/hours/actions.ts", "logHoursAction");
    // The browser learns the action's id from the page's client chunks, which A served.
    expect(await scriptsMention(a, page.body, actionId)).toBe(true);

    const date = isoDaysAgo(140);
    const note = `Logged on B ${randomUUID().slice(0, 8)}`;
    // A has rendered that day's list before B writes to it: no instance may keep its own copy.
    const dayOnA = `/hours?from=${date}&to=${date}`;
    expect((await getPage(a.baseUrl, dayOnA, session)).body).not.toContain(note);
    const fields = {
      idempotencyKey: idempotencyKey!,
      date,
      duration: "45m",
      phaseId: phaseId!,
      subSkillId: "",
      note,
    };
    const post: ActionPost = {
      actionId,
      path: "/hours",
      cookie: session.cookie,
      body: await encodeActionArguments(fields),
    };
    const onB = await postAction(b, post);
    expect(onB).toContain('"ok":true');
    // The browser retries the same submit (a lost answer); it lands on A this time.
    const onA = await postAction(a, post);
    expect(onA).toContain('"ok":true');
    const rows = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "TimeEntry" WHERE "learnerId" = $1 AND "idempotencyKey" = $2`,
      [await learnerId(), idempotencyKey],
    );
    expect(rows[0]!.n).toBe(1);
    expect((await getPage(a.baseUrl, dayOnA, session)).body).toContain(note);

    // The day filled by the previous test: the form's refusal is the cap's own sentence.
    const full = {
      ...fields,
      idempotencyKey: randomUUID(),
      date: isoDaysAgo(120),
      duration: "30m",
    };
    const refused = await postAction(b, { ...post, body: await encodeActionArguments(full) });
    expect(refused).toContain('"ok":false');
    expect(refused).toMatch(/a day holds at most 24 h/);
  });

  it("seeds through PgBouncer from two instances starting at once (the lock is the transaction's)", async () => {
    const before = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Phase"`);
    await Promise.all([seedDatabaseAt(bouncer.url), seedDatabaseAt(bouncer.url)]);
    expect(await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "Phase"`)).toEqual(before);
    // Nothing is left holding the seed's lock: a third seeder gets it at once.
    const held = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(held[0]!.n).toBe(0);
  });

  it("emails each person once when two digest runs overlap", async () => {
    const users = await sql<{ id: string; email: string }>(`SELECT id, email FROM "User" WHERE email = ANY($1)`, [
      Object.values(demoAccounts).map((account) => account.email),
    ]);
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    for (const user of users) {
      await sql(
        `INSERT INTO "Notification" (id, "userId", kind, title, body, "createdAt") VALUES ($1, $2, 'test', 'Waiting for you', 'Something to read', $3)`,
        [randomUUID(), user.id, twoHoursAgo],
      );
    }
    const run = (server: AppServer) =>
      fetch(`${server.baseUrl}/api/cron/digest`, { headers: { Authorization: `Bearer ${CRON_SECRET}` } }).then(
        async (response) => {
          expect(response.status).toBe(200);
          return (await response.json()) as { sent: number; failed: number };
        },
      );
    const reports = await Promise.all([run(a), run(b), run(a), run(b)]);

    const perRecipient = new Map<string, number>();
    for (const message of sink.messages) {
      for (const to of message.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    }
    for (const user of users) expect(perRecipient.get(user.email), user.email).toBe(1);
    expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(sink.messages.length);
    expect(reports.every((report) => report.failed === 0)).toBe(true);
  });
});

describe("a password change on one instance", () => {
  it("ends the account's sessions on the other, and the new password works there", async () => {
    const { email, name } = demoAccounts.mentor;
    const [onA, onB] = await Promise.all([
      signIn(a.baseUrl, email, DEMO_PASSWORD),
      signIn(b.baseUrl, email, DEMO_PASSWORD),
    ]);
    expect((await getPage(a.baseUrl, "/account", onA)).body).toContain(name);

    const newPassword = `Another-Long-Passphrase-${randomUUID().slice(0, 8)}`;
    const actionId = await findActionId("lib/account/actions.ts", "changePasswordAction");
    const fields = { currentPassword: DEMO_PASSWORD, newPassword, confirmPassword: newPassword };
    const answer = await postAction(b, {
      actionId,
      path: "/account",
      cookie: onB.cookie,
      body: await encodeActionArguments(fields),
    });
    expect(answer).toContain('"ok":true');

    const afterOnA = await getPage(a.baseUrl, "/account", onA);
    expect(afterOnA.status).toBe(307);
    expect(afterOnA.location).toContain("/sign-in");
    const again = await signIn(a.baseUrl, email, newPassword);
    expect((await getPage(a.baseUrl, "/account", again)).body).toContain(name);
  });
});

async function postAction(server: AppServer, post: ActionPost): Promise<string> {
  const response = await fetch(`${server.baseUrl}${post.path}`, {
    method: "POST",
    headers: {
      Accept: "text/x-component",
      "Next-Action": post.actionId,
      Origin: server.baseUrl,
      Cookie: post.cookie,
      "Content-Type": post.body.contentType,
    },
    body: post.body.body,
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 500)).toBe(200);
  return text;
}

/** Whether one of the scripts the page loads (fetched from `server`) names `text`. */
async function scriptsMention(server: AppServer, html: string, text: string): Promise<boolean> {
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  const scripts = await Promise.all(
    sources.map(async (source) => (await fetch(new URL(source, server.baseUrl))).text()),
  );
  return scripts.some((script) => script.includes(text));
}
