import { apiRoute, jsonBody, parseInput } from "@/lib/api/handler";
import { json } from "@/lib/api/problem";
import { startTimerSchema } from "@/lib/api/schema";
import { startApiTimer, timerJson } from "@/lib/api/timer";

export const GET = apiRoute({ write: false, handle: async ({ caller }) => json(await timerJson(caller.user)) });

export const POST = apiRoute({
  write: true,
  handle: async ({ request, caller, body }) =>
    json(await startApiTimer(caller.user, parseInput(startTimerSchema, jsonBody(request, body, { emptyAs: {} }))), 201),
});
