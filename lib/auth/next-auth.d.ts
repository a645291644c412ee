import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  /** What `getServerSession` returns: the user id only (see the session callback). */
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}
