import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { skilltrailAdapter } from "@/lib/auth/adapter";
import type { JWT } from "next-auth/jwt";
import {
  SESSION_MAX_AGE_SECONDS,
  SESSION_UPDATE_AGE_SECONDS,
  safeCallbackPath,
  secureCookies,
} from "@/lib/auth/config";
import { signInWithPassword } from "@/lib/auth/credentials";
import { clientIp } from "@/lib/security/client-ip";
import { loadSessionUser } from "@/lib/auth/session";
import { createSession, endSession } from "@/lib/auth/sessions";
import { rateLimitedCode } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";
import { authSecret, env, oauthProviders } from "@/lib/env";

let cached: NextAuthOptions | undefined;

class SessionEndedError extends Error {
  constructor() {
    super("The session has ended.");
  }
}

/** Built on first use, so importing this module never reads the environment (e.g. at build). */
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

function buildAuthOptions(): NextAuthOptions {
  const config = env();
  const enabled = oauthProviders();
  return {
    secret: authSecret(),
    // Credentials sign-in needs JWT sessions; the adapter only serves OAuth users and accounts.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    adapter: skilltrailAdapter(),
    useSecureCookies: secureCookies(),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          let result;
          try {
            result = await signInWithPassword(credentials, clientIp(request?.headers ?? {}));
          } catch (error) {
            console.error("[auth] credentials sign-in failed", error);
            throw new Error("Unavailable"); // a code for the form, never the raw error
          }
          if (result.ok) return result.user;
          if (result.reason === "rate_limited") throw new Error(rateLimitedCode(result.retryAfterMinutes));
          return null; // → "CredentialsSignin": "Email or password is incorrect."
        },
      }),
      ...(enabled.github ? [GitHubProvider({ clientId: config.GITHUB_ID!, clientSecret: config.GITHUB_SECRET! })] : []),
      ...(enabled.google ? [GoogleProvider({ clientId: config.GOOGLE_ID!, clientSecret: config.GOOGLE_SECRET! })] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true; // checked in authorize
        const email = user.email?.trim().toLowerCase();
        if (!email) return false;
        // Google says whether it verified the address; an unverified one could squat someone's email.
        if (
          account.provider === "google" &&
          (profile as { email_verified?: boolean } | undefined)?.email_verified === false
        ) {
          return false;
        }
        const existing = await db().user.findFirst({
          where: { OR: [{ id: user.id }, { email }] },
          select: { deactivatedAt: true },
        });
        return !existing?.deactivatedAt;
      },
      // The token carries the user id, the session version and the server-side session id
      // only: everything else is read fresh from the database on each request. A session that
      // has ended (signed out, revoked, password changed, user deactivated) throws here, which
      // makes /api/auth/session answer "no session" and clear the cookie.
      async jwt({ token, user }) {
        if (user) {
          const current = await db().user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
          return { sub: user.id, sv: current?.sessionVersion ?? 0, sid: await createSession(user.id) };
        }
        if (!(await loadSessionUser(token))) throw new SessionEndedError();
        return { sub: token.sub, sv: token.sv, sid: token.sid };
      },
      async session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub ?? "" } };
      },
      // Only this site's own addresses (lib/auth/config.ts): no open redirect after sign-in.
      async redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, "/", baseUrl), baseUrl).toString();
      },
    },
    events: {
      // Signing out deletes the session row, so a copy of the cookie is worth nothing after.
      async signOut({ token }) {
        const sid = (token as JWT | null)?.sid;
        if (!sid) return;
        const user = token?.sub
          ? await db().user.findUnique({ where: { id: token.sub }, select: { id: true, email: true } })
          : null;
        await endSession(sid, user);
      },
    },
    logger: {
      error(code, metadata) {
        // An ended session is an expected answer, not a server error worth a stack trace.
        if (code === "JWT_SESSION_ERROR" && metadata instanceof SessionEndedError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
      warn(code) {
        console.warn(`[next-auth][warn][${code}]`);
      },
      debug() {},
    },
  };
}
