import "server-only";
import type { ApiCaller } from "@/lib/api/auth";
import { guideCatalog } from "@/lib/api/catalog";

/** GET /api/v1/me: who the token acts for, their active guide and the token itself. */
export async function meJson({ user, token }: ApiCaller) {
  const { slug, title } = await guideCatalog(user.id);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    timeZone: user.timeZone,
    guide: { slug, title },
    token: { name: token.name, scope: token.scope, expiresAt: token.expiresAt?.toISOString() ?? null },
  };
}
