import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { InlineAction } from "@/components/ui/inline-action";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/cohorts/actions";

type Invitation = { id: string; email: string; createdAt: Date; expiresAt: Date; invitedBy: string | null };

/**
 * A cohort's open invitations (people invited by email who have not signed up yet): when each
 * was sent and until when it works, with Resend (a new link; the old one stops working) and
 * Revoke (asks again first).
 */
export function InvitationsCard({
  invitations,
  timeZone,
  now,
}: {
  invitations: Invitation[];
  timeZone: string;
  now: Date;
}) {
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone });
  return (
    <Card>
      <CardHeader>
        <CardTitle>Pending invitations</CardTitle>
        <CardDescription>People invited by email who have not created their account yet.</CardDescription>
      </CardHeader>
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">No pending invitations.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100" aria-label="Pending invitations">
          {invitations.map((invitation) => {
            const expired = invitation.expiresAt <= now;
            return (
              <li key={invitation.id} className="flex flex-wrap items-start justify-between gap-3 py-2">
                <div className="flex min-w-0 flex-col text-sm">
                  <span className="font-medium break-all text-slate-900">{invitation.email}</span>
                  <span className={expired ? "text-amber-800" : "text-slate-600"}>
                    Sent {format.format(invitation.createdAt)}
                    {invitation.invitedBy ? ` by ${invitation.invitedBy}` : ""} · {expired ? "expired" : "works until"}{" "}
                    {format.format(invitation.expiresAt)}
                  </span>
                </div>
                <div className="flex flex-wrap gap-2">
                  <InlineAction
                    action={resendInvitationAction}
                    fields={{ invitationId: invitation.id }}
                    label="Resend"
                    pendingLabel="Sending…"
                    accessibleLabel={`Resend the invitation to ${invitation.email}`}
                    variant="secondary"
                  />
                  <InlineAction
                    action={revokeInvitationAction}
                    fields={{ invitationId: invitation.id }}
                    label="Revoke"
                    confirm="Yes, revoke"
                    pendingLabel="Revoking…"
                    accessibleLabel={`Revoke the invitation to ${invitation.email}`}
                    variant="ghost"
                  />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
