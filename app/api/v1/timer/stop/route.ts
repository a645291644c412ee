import { apiRoute, jsonBody, parseInput } from "@/lib/api/handler";
import { json } from "@/lib/api/problem";
import { stopTimerSchema } from "@/lib/api/schema";
import { stopApiTimer } from "@/lib/api/timer";

export const POST = apiRoute({
  write: true,
  handle: async ({ request, caller, body }) =>
    json(await stopApiTimer(caller.user, parseInput(stopTimerSchema, jsonBody(request, body, { emptyAs: {} }))), 201),
});
