import { createEntry, listEntries } from "@/lib/api/entries";
import { apiRoute, jsonBody, parseInput, queryOf } from "@/lib/api/handler";
import { json } from "@/lib/api/problem";
import { createEntrySchema, listEntriesQuerySchema } from "@/lib/api/schema";

export const GET = apiRoute({
  write: false,
  handle: async ({ request, caller }) =>
    json(await listEntries(caller.user, parseInput(listEntriesQuerySchema, queryOf(request)))),
});

export const POST = apiRoute({
  write: true,
  handle: async ({ request, caller, body }) =>
    json(await createEntry(caller.user, parseInput(createEntrySchema, jsonBody(request, body))), 201),
});
