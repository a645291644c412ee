import { apiRoute } from "@/lib/api/handler";
import { meJson } from "@/lib/api/me";
import { json } from "@/lib/api/problem";

export const GET = apiRoute({ write: false, handle: async ({ caller }) => json(await meJson(caller)) });
