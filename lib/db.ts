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
const globalForPrisma = globalThis as unknown as { skilltrailPrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForPrisma.skilltrailPrisma) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForPrisma.skilltrailPrisma = createPrismaClient(DATABASE_URL, DATABASE_POOL_SIZE);
  }
  return globalForPrisma.skilltrailPrisma;
}
