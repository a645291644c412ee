import { z } from "zod";

/**
 * The one place that reads process.env. Parsed lazily so that importing a module that needs
 * one variable does not demand every other (build steps run without a database, for example).
 */
const optional = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set: start the app with `npm run dev`, which provides one" })
      .url({ error: "DATABASE_URL must be a postgresql:// URL" }),
    /** Size of the pg connection pool per server process. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /**
     * A streaming read replica of DATABASE_URL (postgresql:// URL). Set: the admin's and
     * mentor's aggregate pages read from it unless the viewer's own last write has not been
     * replayed there yet (lib/read-replica). Unset: every read goes to DATABASE_URL.
     */
    DATABASE_REPLICA_URL: optional.pipe(
      z.string().url({ error: "DATABASE_REPLICA_URL must be a postgresql:// URL" }).optional(),
    ),

    /** Signs and encrypts session tokens. `npm run dev` / `npm test` generate one into .data/. */
    NEXTAUTH_SECRET: optional,
    /** Public URL of the app: password-reset links and OAuth callbacks are built from it. */
    NEXTAUTH_URL: z.string().url({ error: "NEXTAUTH_URL must be an absolute URL" }).default("http://localhost:3000"),
    /** OAuth providers: each is switched on only when both its id and secret are set. */
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    GOOGLE_ID: optional,
    GOOGLE_SECRET: optional,
    /** e.g. smtps://user:pass@smtp.example.com:465. Unset: reset links go to the server log. */
    SMTP_URL: optional,
    MAIL_FROM: optional,
    /**
     * Bearer token the scheduler sends to /api/cron/* (e.g. the daily email digest). Unset: the
     * cron routes refuse every call. Generate one with `openssl rand -base64 32`.
     */
    CRON_SECRET: optional,
    /**
     * How many reverse proxies in front of the app append to X-Forwarded-For (a load balancer:
     * 1). 0 (the default): the client is the TCP peer and the header is ignored. Too high a
     * number lets clients forge their address past the rate limits; see docs/security.md.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Accounts one client address may create per hour (lib/account/sign-up.ts). */
    SIGN_UPS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(10),
    /**
     * Where new attachments' bytes go (lib/attachments/storage.ts): "postgres" (the default, a
     * table of its own) or "s3", an S3-compatible bucket (AWS S3, MinIO, R2 …) addressed
     * path-style as S3_ENDPOINT/S3_BUCKET/<key>. Files keep the store they were saved in.
     */
    ATTACHMENT_STORAGE: z
      .enum(["postgres", "s3"], { error: 'ATTACHMENT_STORAGE must be "postgres" or "s3"' })
      .default("postgres"),
    S3_ENDPOINT: optional,
    S3_BUCKET: optional,
    S3_REGION: z.string().trim().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: optional,
    S3_SECRET_ACCESS_KEY: optional,
    /**
     * Next.js's own: the AES key that encrypts values server actions close over and, at build
     * time, salts the action ids. Every instance (and every build serving one site) must have
     * the same; unset, each build generates one (README, "Several instances"). Validated here
     * so a malformed key stops the server at start instead of failing every form.
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: optional.refine((value) => value === undefined || isAesKeyBase64(value), {
      error:
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 16, 24 or 32 bytes in base64: generate one with `openssl rand -base64 32`",
    }),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && (!value.NEXTAUTH_SECRET || value.NEXTAUTH_SECRET.length < 32)) {
      ctx.addIssue({
        code: "custom",
        path: ["NEXTAUTH_SECRET"],
        message:
          "NEXTAUTH_SECRET is required in production (at least 32 characters): generate one with `openssl rand -base64 32`",
      });
    }
    for (const [id, secret] of [
      ["GITHUB_ID", "GITHUB_SECRET"],
      ["GOOGLE_ID", "GOOGLE_SECRET"],
    ] as const) {
      if (Boolean(value[id]) !== Boolean(value[secret])) {
        ctx.addIssue({
          code: "custom",
          path: [value[id] ? secret : id],
          message: `${id} and ${secret} must be set together`,
        });
      }
    }
    if (value.ATTACHMENT_STORAGE === "s3") {
      for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!value[name])
          ctx.addIssue({ code: "custom", path: [name], message: `${name} is required when ATTACHMENT_STORAGE is s3` });
      }
    }
    if (value.S3_ENDPOINT && !/^https?:\/\/[^/]+/.test(value.S3_ENDPOINT)) {
      ctx.addIssue({
        code: "custom",
        path: ["S3_ENDPOINT"],
        message: "S3_ENDPOINT must be an http(s):// URL, e.g. https://s3.eu-west-1.amazonaws.com",
      });
    }
    if (value.SMTP_URL && !value.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "MAIL_FROM is required when SMTP_URL is set" });
    }
  });

/** Whether `value` is base64 for an AES key (16, 24 or 32 bytes), as Next requires of its action key. Pure. */
export function isAesKeyBase64(value: string): boolean {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value)) return false;
  return [16, 24, 32].includes(atob(value).length);
}

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const result = envSchema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
    }
    cached = result.data;
  }
  return cached;
}

export const isProduction = () => process.env.NODE_ENV === "production";

/** True when `next dev` runs (React needs 'unsafe-eval' for its dev tooling then). */
export const isDevelopment = () => process.env.NODE_ENV === "development";

export type OAuthProvider = "github" | "google";

/** Which OAuth providers are configured; read by the auth options. */
export function oauthProviders(): Record<OAuthProvider, boolean> {
  const { GITHUB_ID, GITHUB_SECRET, GOOGLE_ID, GOOGLE_SECRET } = env();
  return { github: Boolean(GITHUB_ID && GITHUB_SECRET), google: Boolean(GOOGLE_ID && GOOGLE_SECRET) };
}

/** The configured providers in the order their buttons show: the sign-in/up pages and the CSP's form-action. */
export function configuredOAuthProviders(): OAuthProvider[] {
  const enabled = oauthProviders();
  return (["github", "google"] as const).filter((provider) => enabled[provider]);
}

/**
 * The secret next-auth signs session tokens with. Outside production a fixed development value
 * is the last resort, so `next dev` started by hand still works; `npm run dev` passes a
 * generated one, and production refuses to start without its own (see the schema above).
 */
export function authSecret(): string {
  return env().NEXTAUTH_SECRET ?? "skilltrail-development-secret-not-for-production";
}
