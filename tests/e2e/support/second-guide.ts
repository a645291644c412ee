/**
 * `tsx tests/e2e/support/second-guide.ts <slug>`: writes a small DRAFT guide into the app's
 * database (DATABASE_URL): the default guide's first phase only (60 h), under its own slug and
 * title. Run by guides.spec.ts through tsx (as `npm run db:seed` runs the seed), so the e2e run
 * has a second guide without one in the production seed; the spec publishes it as an admin.
 */
import { createPrismaClient } from "@/lib/db";
import { mlInfrastructureGuide } from "@/lib/guides/content/ml-infrastructure";
import { seedGuide } from "@/lib/guides/seed";

const slug = process.argv[2];
if (!slug) throw new Error("usage: second-guide.ts <slug>");
const prisma = createPrismaClient(process.env.DATABASE_URL!, 1);
try {
  await prisma.$transaction(
    (tx) =>
      seedGuide(
        tx,
        {
          ...mlInfrastructureGuide,
          slug,
          title: `Second Guide ${slug.slice(-6)}`,
          phases: mlInfrastructureGuide.phases.slice(0, 1),
        },
        { status: "DRAFT" },
      ),
    { timeout: 60_000 },
  );
} finally {
  await prisma.$disconnect();
}
