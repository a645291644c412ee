import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  /** What `getServerSession` returns: the user id and the session version (see the session callback). */
  interface Session {
    user: { id: string; sessionVersion: number } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  /** `sv`: the user's sessionVersion when they signed in (absent in tokens older than it: 0). */
  interface JWT {
    sv?: number;
  }
}
