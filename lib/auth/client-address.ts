import { isIP } from 'node:net';
import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/**
 * The header in which the server entry (lib/server/start-server.ts) hands the
 * client address to the app. Any copy a client sends is deleted first, so the
 * app can believe it (README, "Trusted proxies").
 */
export const CLIENT_IP_HEADER = 'x-calfwatch-client-ip';

/** Whether the hop at `index` (0 = the TCP peer, 1 = the right-most X-Forwarded-For entry, …) is a proxy we trust. */
export type TrustedProxies = (address: string, index: number) => boolean;

/** Names proxy-addr knows for common private ranges, accepted in TRUSTED_PROXIES as well. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * Reads TRUSTED_PROXIES: empty trusts nobody (the TCP peer is the client); a
 * whole number N trusts the N nearest hops, whatever their address; otherwise
 * a comma-separated list of addresses, CIDR ranges (10.0.0.0/8, fd00::/8) or
 * proxy-addr's names `loopback`, `linklocal`, `uniquelocal`.
 * Throws an Error naming the entry that is none of these.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? '';
  if (text === '') return () => false;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, index) => index < hops;
  }
  const entries = text.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if (entry === '' || (!NAMED_RANGES.has(entry) && !isAddressOrRange(entry))) {
      throw new Error(
        `TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR range or a hop count. ` +
          'Use for example TRUSTED_PROXIES=10.0.0.0/8,127.0.0.1 (the addresses of your reverse proxies) ' +
          'or TRUSTED_PROXIES=1 (one proxy in front of the app), or leave it empty when clients connect directly.',
      );
    }
  }
  return proxyAddr.compile(entries);
}

function isAddressOrRange(entry: string): boolean {
  try {
    proxyAddr.compile(entry);
    return true;
  } catch {
    return false;
  }
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy; then
 * the right-most X-Forwarded-For entry that is not a trusted proxy. Entries a
 * client wrote itself sit to the left of the first untrusted hop and are never
 * reached. An IPv4 address seen through an IPv6 socket (::ffff:a.b.c.d) is
 * given as plain IPv4.
 */
export function resolveClientAddress(
  request: { peer: string | undefined; forwardedFor: string | string[] | undefined },
  trust: TrustedProxies,
): string {
  if (!request.peer) return 'unknown';
  const forwardedFor = Array.isArray(request.forwardedFor) ? request.forwardedFor.join(',') : request.forwardedFor;
  // proxy-addr reads only these two fields of a request.
  const message = {
    socket: { remoteAddress: request.peer },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  } as unknown as IncomingMessage;
  // From the peer outwards: every hop up to and including the first untrusted one.
  const chain = proxyAddr.all(message, trust);
  // A trusted proxy handing on something that is not an address: the last hop that is one answers for it.
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const address = chain[index]!;
    if (isIP(address)) return normalizeAddress(address);
  }
  return 'unknown';
}

function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}
