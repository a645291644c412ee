import { removeEntry, updateEntry } from "@/lib/api/entries";
import { apiRoute, entryId, jsonBody, parseInput } from "@/lib/api/handler";
import { json } from "@/lib/api/problem";
import { updateEntrySchema } from "@/lib/api/schema";

type Params = { id: string };

export const PATCH = apiRoute<Params>({
  write: true,
  handle: async ({ request, caller, params, body }) =>
    json(await updateEntry(caller.user, entryId(params.id), parseInput(updateEntrySchema, jsonBody(request, body)))),
});

export const DELETE = apiRoute<Params>({
  write: true,
  handle: async ({ caller, params }) => {
    await removeEntry(caller.user, entryId(params.id));
    return new Response(null, { status: 204 });
  },
});
