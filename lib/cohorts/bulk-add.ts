import "server-only";
import { ActionError } from "@/lib/actions/result";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { COHORT_NOT_FOUND_MESSAGE } from "./schema";
import { invitationLink, newInvitationToken, type InvitationMail } from "./invitations";
import { OUTCOME_TEXT, type BulkOutcome, type BulkReportLine } from "./bulk-report";
import type { MemberListEntry } from "./member-list";

/**
 * Adds many learners to a cohort at once, and invites addresses that have no account, with one
 * outcome per entry for the admin's report. One transaction: the report says exactly what was
 * written. The reads are one query each for the whole list (accounts, memberships, open
 * invitations), whatever its length; the mails go out after the commit (the caller sends them).
 */

export type BulkAddResult = { report: BulkReportLine[]; mails: InvitationMail[] };
type Actor = NonNullable<AuditActor>;

export async function bulkAddMembers(
  actor: Actor,
  input: { cohortId: string; list: MemberListEntry[]; invite: boolean },
  now = new Date(),
): Promise<BulkAddResult> {
  const emails = input.list.flatMap((entry) => ("email" in entry ? [entry.email] : []));
  return db().$transaction(
    async (tx) => {
      const [cohort] = await tx.$queryRaw<
        Array<{ id: string; name: string }>
      >`SELECT id, name FROM "Cohort" WHERE id = ${input.cohortId} FOR SHARE`;
      if (!cohort) throw new ActionError(COHORT_NOT_FOUND_MESSAGE);
      const people = await tx.user.findMany({
        where: { email: { in: emails } },
        select: { id: true, email: true, role: true, cohortMemberships: { where: { cohortId: cohort.id } } },
      });
      const byEmail = new Map(people.map((p) => [p.email, p]));
      const open = await tx.invitation.findMany({
        where: { cohortId: cohort.id, acceptedAt: null, email: { in: emails.filter((e) => !byEmail.has(e)) } },
        select: { id: true, email: true, expiresAt: true },
      });
      const openByEmail = new Map(open.map((i) => [i.email, i]));

      const report: BulkReportLine[] = [];
      const mails: InvitationMail[] = [];
      for (const entry of input.list) {
        const say = (outcome: BulkOutcome, detail = OUTCOME_TEXT[outcome as keyof typeof OUTCOME_TEXT]) =>
          report.push({ line: entry.line, entry: entry.text, outcome, detail });
        if (!("email" in entry)) {
          if (entry.problem === "duplicate") say("duplicate", `Repeats line ${entry.firstLine}.`);
          else say("invalid");
          continue;
        }
        const person = byEmail.get(entry.email);
        if (person) {
          if (person.role !== "LEARNER") say("not-learner");
          else if (person.cohortMemberships.length > 0) say("already-member");
          else {
            await tx.cohortMember.create({ data: { cohortId: cohort.id, learnerId: person.id } });
            // Audited as the one-at-a-time form audits it; the names are known, so no lookup.
            await recordAudit(tx, {
              actor,
              action: "cohort.member-added",
              entityType: "Cohort",
              entityId: cohort.id,
              label: cohort.name,
              before: { cohort: cohort.name, member: null },
              after: { cohort: cohort.name, member: person.email },
            });
            say("added");
          }
          continue;
        }
        if (!input.invite) {
          say("no-account");
          continue;
        }
        const existing = openByEmail.get(entry.email);
        if (existing && existing.expiresAt > now) {
          say("already-invited");
          continue;
        }
        // A new invitation, or a fresh token for one that expired (one open invitation per address).
        const { token, tokenHash, expiresAt } = newInvitationToken(now);
        const invitation = existing
          ? await tx.invitation.update({
              where: { id: existing.id },
              data: { tokenHash, expiresAt, invitedById: actor.id },
              select: { id: true },
            })
          : await tx.invitation.create({
              data: {
                cohortId: cohort.id,
                email: entry.email,
                tokenHash,
                expiresAt,
                invitedById: actor.id,
                createdAt: now,
              },
              select: { id: true },
            });
        await recordAudit(tx, {
          actor,
          action: existing ? "invitation.resent" : "invitation.sent",
          entityType: "Invitation",
          entityId: invitation.id,
          label: entry.email,
          before: null,
          after: { cohort: cohort.name, email: entry.email, expiresAt: expiresAt.toISOString() },
        });
        mails.push({ to: entry.email, link: invitationLink(token), cohortName: cohort.name, expiresAt });
        say("invited");
      }
      return { report, mails };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
