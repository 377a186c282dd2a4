import { startSmtpSink } from '../notify/smtp-sink';

/**
 * `npm run demo`'s local mail catcher: a real SMTP server on 127.0.0.1 that
 * accepts every message and prints its recipients, subject and text to the
 * console instead of delivering it. Returns the SMTP_URL to send to.
 */
export async function startMailSink(port: number): Promise<{ url: string }> {
  return startSmtpSink({
    port,
    onMessage(mail) {
      const [head = '', body = ''] = mail.raw.split(/\r?\n\r?\n/, 2);
      const subject = /^Subject: (.*)$/im.exec(head)?.[1] ?? '(no subject)';
      console.log(`\n[mail sink] to ${mail.to.join(', ')}: ${subject}\n${body.trim()}\n`);
    },
  });
}
