import { Badge } from "@/components/ui/badge";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/users/schema";

const tones = { LEARNER: "neutral", MENTOR: "accent", ADMIN: "brand" } as const;

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={tones[role]}>{ROLE_LABELS[role]}</Badge>;
}

export function StatusBadge({ deactivatedAt }: { deactivatedAt: Date | null }) {
  return deactivatedAt ? <Badge tone="danger">Deactivated</Badge> : <Badge tone="success">Active</Badge>;
}
