import nodemailer from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface Mailer {
  /** Where mail goes, for logs and the README: `smtp` or `console`. */
  kind: 'smtp' | 'console';
  send(email: OutgoingEmail): Promise<void>;
}

/** The address Calfwatch sends from (MAIL_FROM, default `Calfwatch <no-reply@calfwatch.invalid>`). */
export function mailFrom(env: Partial<NodeJS.ProcessEnv> = process.env): string {
  return env.MAIL_FROM || 'Calfwatch <no-reply@calfwatch.invalid>';
}

/**
 * Email over SMTP when SMTP_URL is set (e.g. `smtp://user:pass@mail.example.org:587`);
 * otherwise each message is printed to the server's console, so nothing is lost silently.
 */
export function createMailer(env: Partial<NodeJS.ProcessEnv> = process.env): Mailer {
  const from = mailFrom(env);
  if (!env.SMTP_URL) {
    return {
      kind: 'console',
      async send(email) {
        console.log(`[mail] to ${email.to}: ${email.subject}\n${email.text}`);
      },
    };
  }
  const transport = nodemailer.createTransport(env.SMTP_URL);
  return {
    kind: 'smtp',
    async send(email) {
      await transport.sendMail({ from, ...email });
    },
  };
}
