import { SMTPServer } from 'smtp-server';

/**
 * `npm run demo`'s local mail catcher: a real SMTP server on 127.0.0.1 that
 * accepts every message and prints its recipients, subject and text to the
 * console instead of delivering it. Returns the SMTP_URL to send to.
 */
export async function startMailSink(port: number): Promise<{ url: string; close(): void }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        const [head = '', body = ''] = raw.split(/\r?\n\r?\n/, 2);
        const subject = /^Subject: (.*)$/im.exec(head)?.[1] ?? '(no subject)';
        const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
        console.log(`\n[mail sink] to ${to}: ${subject}\n${body.trim()}\n`);
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { url: `smtp://127.0.0.1:${port}`, close: () => server.close() };
}
