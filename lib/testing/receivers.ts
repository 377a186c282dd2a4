import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifySignature } from '../notify/webhook';

export { startSmtpSink } from '../notify/smtp-sink';

export interface ReceivedHook {
  body: Record<string, unknown>;
  verified: boolean;
}

/** An HTTP receiver that checks each request's HMAC signature; `status` decides what it answers. */
export async function startWebhookReceiver(secret: string, status: () => number = () => 200) {
  const received: ReceivedHook[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString();
      const header = request.headers[SIGNATURE_HEADER];
      received.push({
        body: JSON.parse(raw) as Record<string, unknown>,
        verified: verifySignature(raw, typeof header === 'string' ? header : null, secret),
      });
      response.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
