-- AlterTable
ALTER TABLE "User" ADD COLUMN     "colorScheme" TEXT NOT NULL DEFAULT 'system';

-- Added by hand: the values the account page offers and the root layout understands
-- (lib/ui/color-scheme.ts); anything else would leave the page without a scheme.
ALTER TABLE "User" ADD CONSTRAINT "User_color_scheme_known" CHECK ("colorScheme" IN ('system', 'light', 'dark'));
