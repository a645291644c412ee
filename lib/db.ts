import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

export function createPrismaClient(databaseUrl: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize });
  return new PrismaClient({ adapter });
}

// One client per process: Next.js dev reloads modules on every change, and each new client
// would open a new pool.
const globalForPrisma = globalThis as unknown as {
  skilltrailPrisma?: PrismaClient;
  skilltrailReplica?: PrismaClient | null;
};

export function db(): PrismaClient {
  if (!globalForPrisma.skilltrailPrisma) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForPrisma.skilltrailPrisma = createPrismaClient(DATABASE_URL, DATABASE_POOL_SIZE);
  }
  return globalForPrisma.skilltrailPrisma;
}

/**
 * The read replica's client (DATABASE_REPLICA_URL), created on first use; null when none is
 * configured. Only lib/read-replica hands it out, to the aggregate reads that may lag: every
 * other read and every write uses db().
 */
export function replicaDb(): PrismaClient | null {
  if (globalForPrisma.skilltrailReplica === undefined) {
    const { DATABASE_REPLICA_URL, DATABASE_POOL_SIZE } = env();
    globalForPrisma.skilltrailReplica = DATABASE_REPLICA_URL
      ? new PrismaClient({
          // A replica that does not answer must not hold a page for pg's default (no) timeout:
          // after 2 s the caller falls back to the primary.
          adapter: new PrismaPg({
            connectionString: DATABASE_REPLICA_URL,
            max: DATABASE_POOL_SIZE,
            connectionTimeoutMillis: 2_000,
          }),
        })
      : null;
  }
  return globalForPrisma.skilltrailReplica;
}
