"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { success } from "@/lib/actions/result";
import { userAction } from "@/lib/actions/safe-action";
import { createTokenFormSchema } from "@/lib/api/schema";
import { createApiToken, revokeApiToken, tokenJson } from "@/lib/api/tokens";
import { idField } from "@/lib/validation/fields";

/**
 * The account page's token list (components/account/api-tokens*): create (the secret is in the
 * answer, shown once) and revoke. Learners only, own tokens only: every statement of
 * lib/api/tokens.ts filters on the caller.
 */

const LEARNERS_ONLY = ["LEARNER"] as const;

export const createApiTokenAction = userAction({
  name: "api.createToken",
  schema: createTokenFormSchema,
  roles: LEARNERS_ONLY,
  handler: async (input, user) => {
    const { secret, row } = await createApiToken(user.id, input);
    revalidatePath("/account");
    return success(
      { ...tokenJson(row), token: secret },
      `Token “${row.name}” created. Copy it now: it is shown only once.`,
    );
  },
});

export const revokeApiTokenAction = userAction({
  name: "api.revokeToken",
  schema: z.object({ id: idField("token", "That token no longer exists. Reload the page to see your tokens.") }),
  roles: LEARNERS_ONLY,
  handler: async ({ id }, user) => {
    await revokeApiToken(user.id, id);
    revalidatePath("/account");
    return success({ id }, "Token revoked: it no longer opens the API.");
  },
});
