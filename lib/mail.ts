import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/**
 * Outgoing mail. With SMTP_URL set, messages go through that server; without it (local
 * development, tests) the message (for a password reset, just its link) is written to the
 * server log so a fresh clone works with no mail service. In production without SMTP nothing
 * is logged: logs are read by more people than the mailbox owner (a reset link is a credential).
 */

export type MailMessage = { to: string; subject: string; text: string };

/** The SMTP transport, or null when SMTP_URL is not set. */
export function smtpTransport(): Transporter | null {
  const { SMTP_URL } = env();
  return SMTP_URL ? nodemailer.createTransport(SMTP_URL) : null;
}

/**
 * Sends one message through `transport` (the SMTP one unless a caller, such as a test, passes
 * its own). Returns how it went: "sent"; "logged" (no SMTP outside production: printed to the
 * server log instead); "not-sent" (no SMTP in production).
 */
export async function sendMail(
  message: MailMessage,
  transport: Transporter | null = smtpTransport(),
): Promise<"sent" | "logged" | "not-sent"> {
  if (!transport) {
    if (env().NODE_ENV === "production") {
      console.error(`[mail] SMTP_URL is not set: "${message.subject}" could not be sent.`);
      return "not-sent";
    }
    console.info(`[mail] SMTP_URL is not set. Mail to ${message.to}: ${message.subject}\n${message.text}`);
    return "logged";
  }
  await transport.sendMail({ from: env().MAIL_FROM, ...message });
  return "sent";
}

export async function sendPasswordResetEmail(to: string, link: string): Promise<void> {
  const transport = smtpTransport();
  if (!transport) {
    if (env().NODE_ENV === "production") {
      console.error("[mail] SMTP_URL is not set: a password reset link could not be sent.");
    } else {
      console.info(`[mail] SMTP_URL is not set. Password reset link for ${to}:\n  ${link}`);
    }
    return;
  }
  await sendMail(
    {
      to,
      subject: "Reset your Skilltrail password",
      text: [
        "Someone (hopefully you) asked to reset the password of your Skilltrail account.",
        "",
        `Choose a new password here within the next hour: ${link}`,
        "",
        "If you did not ask for this, ignore this email: your password stays as it is.",
      ].join("\n"),
    },
    transport,
  );
}

/** Someone tried to sign up with an email that already has an account: tell its owner. */
export async function sendExistingAccountEmail(to: string): Promise<void> {
  const transport = smtpTransport();
  const signIn = new URL("/sign-in", env().NEXTAUTH_URL).toString();
  const reset = new URL("/forgot-password", env().NEXTAUTH_URL).toString();
  if (!transport) {
    if (env().NODE_ENV !== "production") {
      console.info(`[mail] SMTP_URL is not set. Sign-up attempt for the existing account ${to}.`);
    }
    return;
  }
  await sendMail(
    {
      to,
      subject: "Someone tried to create a Skilltrail account with your email",
      text: [
        "Someone (hopefully you) tried to create a Skilltrail account with this email address, which already has one.",
        "",
        `To sign in: ${signIn}`,
        `Forgot your password? Choose a new one: ${reset}`,
        "",
        "If it wasn't you, you can ignore this email: nothing has changed.",
      ].join("\n"),
    },
    transport,
  );
}

/** An admin invited this address to a cohort: the link signs them up and enrols them. */
export async function sendCohortInvitationEmail(invitation: {
  to: string;
  link: string;
  cohortName: string;
  expiresAt: Date;
}): Promise<void> {
  const transport = smtpTransport();
  if (!transport) {
    // The link is a credential (it joins the cohort): logged outside production only, as a reset link is.
    if (env().NODE_ENV === "production") console.error("[mail] SMTP_URL is not set: an invitation could not be sent.");
    else
      console.info(
        `[mail] SMTP_URL is not set. Invitation to "${invitation.cohortName}" for ${invitation.to}:\n  ${invitation.link}`,
      );
    return;
  }
  const until = invitation.expiresAt.toISOString().slice(0, 10);
  await sendMail(
    {
      to: invitation.to,
      subject: `You're invited to the Skilltrail cohort "${invitation.cohortName}"`,
      text: [
        `You have been invited to join the cohort "${invitation.cohortName}" on Skilltrail, to track your learning with it.`,
        "",
        `Create your account here (the link works once, until ${until}): ${invitation.link}`,
        "",
        "If you did not expect this, ignore this email: no account is created unless you sign up.",
      ].join("\n"),
    },
    transport,
  );
}
