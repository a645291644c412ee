/**
 * Step 9's scale-1 reference (BENCH_SCALE > 1): `next start` on the copy of the database taken
 * right after seeding, with the personas signed in on it (the copy predates the sign-ins, and a
 * session is only valid against the database it was created in).
 */
import type { Side } from "./interleave";
import type { Pids } from "./load";
import { personas } from "./personas";
import { startServer, type Server } from "./server";
import { signIn, verifySession, type Session } from "./sign-in";

export async function startReference(options: {
  databaseUrl: string;
  port: number;
  profileDir?: string;
  password: string;
  /** The main server's sessions: the same personas sign in here. */
  sessions: Session[];
  databasePid: Pids["database"];
  /** Called with the server as soon as it runs, so the caller can stop it on a signal. */
  started: (server: Server) => void;
}): Promise<{ side: Side; server: Server }> {
  const server = await startServer(options.databaseUrl, options.port, options.profileDir);
  options.started(server);
  console.log(`  scale-1 reference: next start on the copy, ${server.baseUrl} (PID ${server.child.pid})`);
  const own = new Map<string, Session>();
  for (const s of options.sessions) own.set(s.persona.email, await signIn(server.baseUrl, s.persona, options.password));
  await verifySession(server.baseUrl, own.get(personas.heavy.email)!, "/dashboard");
  const side: Side = {
    label: "scale 1",
    baseUrl: server.baseUrl,
    pids: { server: server.child.pid!, database: options.databasePid },
    sessionFor: (s) => own.get(s.persona.email) ?? s,
  };
  return { side, server };
}
