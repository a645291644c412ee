import type { PrismaClient } from "@/lib/generated/prisma/client";
import { seedGuide } from "@/lib/guides/seed";
import { mlInfrastructureGuide } from "@/lib/guides/content/ml-infrastructure";
import { seedDemoAccounts } from "@/lib/account/demo-seed";

/** Seeds every guide the project ships, and the demo accounts outside production. */
export async function seedDatabase(prisma: PrismaClient, options: { demoAccounts: boolean }): Promise<void> {
  const { guideId } = await prisma.$transaction((tx) => seedGuide(tx, mlInfrastructureGuide, { status: "PUBLISHED" }), {
    timeout: 60_000,
  });
  if (options.demoAccounts) {
    await prisma.$transaction((tx) => seedDemoAccounts(tx, guideId), { timeout: 60_000 });
  }
}
