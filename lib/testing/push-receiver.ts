import { createECDH, createPublicKey, hkdfSync, randomBytes, randomUUID, verify, createDecipheriv } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/** A browser's push subscription as the app stores it: endpoint plus the keys the payload is encrypted to. */
export interface TestSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface ReceivedPush {
  endpoint: string;
  /** The decrypted payload (RFC 8291). */
  text: string;
  ttl: string | undefined;
  /** The VAPID JWT verified with the key in the Authorization header, for this push service's origin. */
  vapidKey: string;
}

interface Browser {
  ecdh: ReturnType<typeof createECDH>;
  auth: Buffer;
}

/**
 * A local web-push service over HTTPS (web-push only speaks HTTPS): it hands
 * out subscriptions like a browser's, checks each POST's VAPID signature,
 * decrypts its aes128gcm payload with the subscription's private key, and
 * answers 201 — or 410 Gone for subscriptions marked `gone`. `ca` is its
 * self-signed certificate, for the sender's agent to trust.
 */
export async function startPushReceiver() {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  });
  const browsers = new Map<string, Browser>();
  const gone = new Set<string>();
  const received: ReceivedPush[] = [];
  const rejected: string[] = [];
  const server = https.createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = (request.url ?? '').split('/').pop() ?? '';
      const browser = browsers.get(id);
      if (!browser || gone.has(id)) return void response.writeHead(browser ? 410 : 404).end();
      try {
        const vapidKey = checkVapid(request.headers.authorization, origin);
        if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('not aes128gcm');
        const text = decryptAes128gcm(Buffer.concat(chunks), browser);
        received.push({
          endpoint: `${origin}/push/${id}`,
          text,
          ttl: request.headers.ttl as string | undefined,
          vapidKey,
        });
        response.writeHead(201).end();
      } catch (error) {
        rejected.push((error as Error).message);
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    ca: pems.cert,
    received,
    rejected,
    /** A new browser subscription on this service. */
    subscribe(): TestSubscription {
      const id = randomUUID();
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const browser = { ecdh, auth: randomBytes(16) };
      browsers.set(id, browser);
      return {
        endpoint: `${origin}/push/${id}`,
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: browser.auth.toString('base64url'),
      };
    },
    /** From now on the service answers 410 Gone for this subscription (the user revoked it). */
    revoke(subscription: TestSubscription): void {
      gone.add(subscription.endpoint.split('/').pop() ?? '');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `Authorization: vapid t=<JWT>, k=<public key>` (RFC 8292): an ES256 JWT for this origin, signed by k. */
function checkVapid(header: string | undefined, origin: string): string {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) throw new Error('no VAPID authorization');
  const [, token, k] = match as unknown as [string, string, string];
  const raw = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      x: raw.subarray(1, 33).toString('base64url'),
      y: raw.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  const [head, claims, signature] = token.split('.') as [string, string, string];
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Error('VAPID signature does not verify');
  const { aud, exp } = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { aud: string; exp: number };
  if (aud !== origin || exp * 1000 < Date.now()) throw new Error('VAPID claims are not for this service');
  return k;
}

/** RFC 8188 framing with RFC 8291 keys: one record, salt and the sender's public key in the header. */
function decryptAes128gcm(body: Buffer, browser: Browser): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const senderKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const shared = browser.ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.ecdh.getPublicKey(), senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', shared, browser.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The plaintext ends with the last-record delimiter 0x02, then zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end -= 1;
  if (padded[end] !== 2) throw new Error('missing last-record delimiter');
  return padded.subarray(0, end).toString('utf8');
}
