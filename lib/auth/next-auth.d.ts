import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  /** What `/api/auth/session` returns: the user id only (see the session callback). */
  interface Session {
    user: { id: string } & DefaultSession["user"];
  }
}

declare module "next-auth/jwt" {
  /**
   * `sv`: the user's sessionVersion when they signed in; `sid`: the server-side session row
   * (lib/auth/sessions.ts) this cookie stands for.
   */
  interface JWT {
    sv?: number;
    sid?: string;
  }
}
