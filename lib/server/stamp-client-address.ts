import type { IncomingMessage } from 'node:http';
import { CLIENT_IP_HEADER, resolveClientAddress, type TrustedProxies } from '../auth/client-address';

/**
 * Replaces whatever the client sent in the client-address header with the
 * address worked out from the socket, and X-Forwarded-For with that same
 * address, so nothing further in sees a forged one.
 */
export function stampClientAddress(req: IncomingMessage, trust: TrustedProxies): string {
  const address = resolveClientAddress(
    { peer: req.socket.remoteAddress, forwardedFor: req.headers['x-forwarded-for'] },
    trust,
  );
  delete req.headers[CLIENT_IP_HEADER];
  delete req.headers['x-real-ip'];
  req.headers[CLIENT_IP_HEADER] = address;
  req.headers['x-forwarded-for'] = address;
  return address;
}
