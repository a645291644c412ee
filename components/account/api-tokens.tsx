import Link from "next/link";
import { ApiTokenCreateForm } from "@/components/account/api-tokens-form";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { InlineAction } from "@/components/ui/inline-action";
import { revokeApiTokenAction } from "@/lib/api/actions";
import type { TokenRow } from "@/lib/api/tokens";

const when = (date: Date) =>
  date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

function status(token: TokenRow, now: Date): { label: string; tone: "success" | "neutral" | "danger" } {
  if (token.revokedAt) return { label: "Revoked", tone: "danger" };
  if (token.expiresAt && token.expiresAt <= now) return { label: "Expired", tone: "neutral" };
  return { label: "Active", tone: "success" };
}

/**
 * The account page's personal access tokens for the public API (docs/api.md): create one (shown
 * once), see each one's scope, expiry and last use, revoke with a confirmation.
 */
export function ApiTokens({ tokens, now = new Date() }: { tokens: TokenRow[]; now?: Date }) {
  return (
    <div className="flex flex-col gap-5">
      <ApiTokenCreateForm />
      {tokens.length === 0 ? (
        <EmptyState
          headingLevel="h3"
          title="No tokens yet"
          description={
            <>
              A token lets a script, an editor plugin or a CLI log your hours through the{" "}
              <Link href="/api/v1/openapi.json" className="underline">
                API
              </Link>
              . Create one above.
            </>
          }
        />
      ) : (
        <ul
          className="flex flex-col divide-y divide-slate-200 rounded-md border border-slate-200"
          aria-label="Your tokens"
        >
          {tokens.map((token) => {
            const { label, tone } = status(token, now);
            return (
              <li key={token.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="flex min-w-0 flex-col gap-1 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="truncate font-medium text-slate-900" title={token.name}>
                      {token.name}
                    </span>
                    <Badge tone={tone}>{label}</Badge>
                    <Badge>{token.scope === "READ" ? "Read only" : "Read and write"}</Badge>
                  </p>
                  <p className="font-mono text-slate-600">{token.prefix}…</p>
                  <p className="text-slate-600">
                    Last used: {token.lastUsedAt ? when(token.lastUsedAt) : "never"} ·{" "}
                    {token.expiresAt ? `Expires ${when(token.expiresAt)}` : "Never expires"}
                  </p>
                </div>
                {token.revokedAt ? null : (
                  <InlineAction
                    action={revokeApiTokenAction}
                    fields={{ id: token.id }}
                    label="Revoke"
                    pendingLabel="Revoking…"
                    confirm="Yes, revoke"
                    variant="danger"
                    accessibleLabel={`Revoke token ${token.name}`}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
