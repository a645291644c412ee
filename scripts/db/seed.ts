/**
 * `npm run db:seed`: seeds the guide (and, outside production, the demo accounts) into the
 * database. Idempotent: it only creates what is missing.
 */
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "@/lib/db";
import { seedDatabase } from "@/prisma/seed";

export async function seedDatabaseAt(url: string): Promise<void> {
  const prisma = createPrismaClient(url, 2);
  try {
    await seedDatabase(prisma, { demoAccounts: process.env.NODE_ENV !== "production" });
  } finally {
    await prisma.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { resolveDatabase } = await import("./embedded");
  const database = await resolveDatabase("dev");
  try {
    await seedDatabaseAt(database.url);
    console.log("Seeded.");
  } finally {
    await database.stop();
  }
}
