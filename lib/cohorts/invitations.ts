import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { ActionError } from "@/lib/actions/result";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { INVITATION_GONE_MESSAGE } from "./schema";

/**
 * Invitations to join a cohort by signing up, for people who have no account yet. As with a
 * password reset (lib/account/password-reset.ts), the link carries 32 random bytes and the
 * database keeps only their SHA-256, so a leaked database cannot be used to join a cohort. A
 * link lasts INVITATION_TTL_MS and works once; resending replaces the token (the old link stops
 * working); revoking deletes the invitation. Accepting happens inside the sign-up's own
 * transaction (acceptInvitation), so the account and its membership commit together.
 */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60_000;

type Tx = Prisma.TransactionClient;
type Actor = NonNullable<AuditActor>;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A fresh token (for the link) and what the database keeps of it. */
export function newInvitationToken(now: Date) {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token), expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) };
}

export function invitationLink(token: string): string {
  return new URL(`/sign-up?${new URLSearchParams({ invite: token })}`, env().NEXTAUTH_URL).toString();
}

/** An email to send once the transaction that made the invitation has committed. */
export type InvitationMail = { to: string; link: string; cohortName: string; expiresAt: Date };

/** A new token for an open invitation (the old link stops working), audited; the mail to send. */
export async function resendInvitation(
  actor: Actor,
  invitationId: string,
  now = new Date(),
): Promise<{ cohortId: string; mail: InvitationMail }> {
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, acceptedAt: null },
      select: { id: true, email: true, cohortId: true, expiresAt: true, cohort: { select: { name: true } } },
    });
    if (!invitation) throw new ActionError(INVITATION_GONE_MESSAGE);
    const { token, tokenHash, expiresAt } = newInvitationToken(now);
    const renewed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { tokenHash, expiresAt, invitedById: actor.id },
    });
    if (renewed.count !== 1) throw new ActionError(INVITATION_GONE_MESSAGE);
    await recordAudit(tx, {
      actor,
      action: "invitation.resent",
      entityType: "Invitation",
      entityId: invitation.id,
      label: invitation.email,
      before: { cohortId: invitation.cohortId, expiresAt: invitation.expiresAt.toISOString() },
      after: { cohortId: invitation.cohortId, expiresAt: expiresAt.toISOString() },
    });
    return {
      cohortId: invitation.cohortId,
      mail: { to: invitation.email, link: invitationLink(token), cohortName: invitation.cohort.name, expiresAt },
    };
  });
}

/** Deletes an open invitation (its link stops working), audited. */
export async function revokeInvitation(actor: Actor, invitationId: string): Promise<{ cohortId: string }> {
  return db().$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, acceptedAt: null },
      select: { id: true, email: true, cohortId: true },
    });
    const deleted = await tx.invitation.deleteMany({ where: { id: invitationId, acceptedAt: null } });
    if (!invitation || deleted.count !== 1) throw new ActionError(INVITATION_GONE_MESSAGE);
    await recordAudit(tx, {
      actor,
      action: "invitation.revoked",
      entityType: "Invitation",
      entityId: invitation.id,
      label: invitation.email,
      before: { cohortId: invitation.cohortId, email: invitation.email },
      after: null,
    });
    return { cohortId: invitation.cohortId };
  });
}

export type InvitationCheck =
  { status: "open"; email: string; cohortName: string } | { status: "expired" | "used" | "unknown" };

/** What the sign-up page says about `?invite=<token>` (the token holder may see its own email). */
export async function checkInvitation(token: string, now = new Date()): Promise<InvitationCheck> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "unknown" };
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { email: true, expiresAt: true, acceptedAt: true, cohort: { select: { name: true } } },
  });
  if (!invitation) return { status: "unknown" };
  if (invitation.acceptedAt) return { status: "used" };
  if (invitation.expiresAt <= now) return { status: "expired" };
  return { status: "open", email: invitation.email, cohortName: invitation.cohort.name };
}

/**
 * Claims the invitation for the account just created in `tx` and makes it a cohort member,
 * audited. Only an open, unexpired invitation for that very email is claimed (a conditional
 * update, so two sign-ups cannot both use it); anything else leaves the new account as it is.
 */
export async function acceptInvitation(
  tx: Tx,
  token: string,
  user: { id: string; email: string },
  now = new Date(),
): Promise<boolean> {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: { id: true, cohortId: true, email: true },
  });
  if (!invitation || invitation.email !== user.email) return false;
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (claimed.count !== 1) return false;
  await tx.cohortMember.createMany({
    data: [{ cohortId: invitation.cohortId, learnerId: user.id }],
    skipDuplicates: true,
  });
  await recordAudit(tx, {
    actor: user,
    action: "invitation.accepted",
    entityType: "Invitation",
    entityId: invitation.id,
    label: invitation.email,
    before: { cohortId: invitation.cohortId, learnerId: null },
    after: { cohortId: invitation.cohortId, learnerId: user.id },
  });
  return true;
}
