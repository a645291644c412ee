import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { skilltrailAdapter } from "@/lib/auth/adapter";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS, secureCookies } from "@/lib/auth/config";
import { signInWithPassword } from "@/lib/auth/credentials";
import { clientIp } from "@/lib/auth/rate-limit";
import { rateLimitedCode } from "@/lib/auth/sign-in-errors";
import { db } from "@/lib/db";
import { authSecret, env, oauthProviders } from "@/lib/env";

let cached: NextAuthOptions | undefined;

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
      // The token carries the user id and the session version only: everything else is read
      // fresh from the database on each request, where a newer version (password changed or
      // reset since) ends this session.
      async jwt({ token, user }) {
        if (!user) return token;
        const current = await db().user.findUnique({ where: { id: user.id }, select: { sessionVersion: true } });
        return { sub: user.id, sv: current?.sessionVersion ?? 0 };
      },
      async session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub ?? "", sessionVersion: token.sv ?? 0 } };
      },
    },
  };
}
