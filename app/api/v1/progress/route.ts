import { apiRoute } from "@/lib/api/handler";
import { json } from "@/lib/api/problem";
import { learnerProgressJson } from "@/lib/api/progress";

export const GET = apiRoute({
  write: false,
  handle: async ({ caller }) => json(await learnerProgressJson(caller.user)),
});
