/**
 * Prisma CLI configuration (Prisma 7 reads this file instead of the schema's datasource url).
 *
 * The CLI is used for `prisma generate` only (`npm run db:generate`, run by postinstall);
 * migrations go through scripts/db (the WASM schema engine), since the CLI cannot download
 * its native engine offline. The URL falls back to the embedded development server so that
 * commands work without DATABASE_URL; `prisma generate` never connects.
 */
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:54329/skilltrail",
  },
});
