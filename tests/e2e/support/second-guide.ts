/**
 * `tsx tests/e2e/support/second-guide.ts <slug>`: writes a DRAFT copy of the default guide into
 * the app's database (DATABASE_URL) under its own slug and title (a whole copy: its resources
 * point at topics of every phase). Run by guides.spec.ts through tsx (as `npm run db:seed` runs the seed), so the e2e run
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
        },
        { status: "DRAFT" },
      ),
    { timeout: 60_000 },
  );
} finally {
  await prisma.$disconnect();
}
