import { CLIENT_IP_HEADER } from './client-address';

/**
 * The client address for throttling and the audit log: the one the server
 * entry (lib/server/start-server.ts) worked out from the TCP peer and
 * TRUSTED_PROXIES. It deletes any copy a client sends, so X-Forwarded-For and
 * friends are never read here (README, "Trusted proxies").
 */
export function getRequestIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER)?.trim() || 'unknown';
}
