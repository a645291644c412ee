import { createTokenFromSession } from "@/lib/api/session-tokens";

export const POST = (request: Request) => createTokenFromSession(request);
