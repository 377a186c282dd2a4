import type { NextRequest, NextResponse } from 'next/server';
import { jsonError, withNoStore } from './respond';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface CrossSiteOptions {
  /** Whether a body must be `application/json` (the API); Auth.js's sign-in form posts form-encoded. */
  requireJson: boolean;
}

/** `host[:port]` as the URL parser writes it for that scheme (default ports dropped), or null. */
function normalHost(protocol: string, host: string | null | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`${protocol}//${host.trim()}`).host;
  } catch {
    return null;
  }
}

/**
 * Whether an `Origin` belongs to this site: the origin of AUTH_URL when it is
 * set, or the host the request itself was sent to (`X-Forwarded-Host` from a
 * proxy, the `Host` header, the request URL). Like Next's own check on server
 * actions, the scheme is not compared with the request's host, because TLS
 * usually ends at the proxy in front of the app.
 */
function isThisSite(request: Request, origin: URL): boolean {
  const authUrl = process.env.AUTH_URL;
  if (authUrl) {
    try {
      if (new URL(authUrl).origin === origin.origin) return true;
    } catch {
      // A malformed AUTH_URL names no site; fall back to the request's own host.
    }
  }
  const forwardedHost = request.headers.get('x-forwarded-host')?.split(',')[0];
  const candidates = [forwardedHost, request.headers.get('host'), new URL(request.url).host];
  return candidates.some((host) => normalHost(origin.protocol, host) === origin.host);
}

/**
 * True when a browser says the request comes from another site: `Sec-Fetch-Site:
 * cross-site`, or an `Origin` header (including the opaque `null`) that is not
 * this site's. A request without either header (a script, curl) is not foreign.
 */
export function isCrossSite(request: Request): boolean {
  if (request.headers.get('sec-fetch-site')?.trim().toLowerCase() === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  return !isThisSite(request, parsed);
}

/**
 * Whether the request carries a body: a chunked transfer, a non-zero
 * Content-Length, or a Content-Type with no length given. A bodyless POST
 * (`/deactivate`, `/read`) needs no Content-Type at all.
 */
function hasBody(request: Request): boolean {
  if (request.headers.has('transfer-encoding')) return true;
  const length = request.headers.get('content-length');
  if (length !== null) return length.trim() !== '0';
  return request.headers.has('content-type');
}

function isJson(request: Request): boolean {
  const mediaType = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * The cross-site check every state-changing route handler runs first (README
 * "Security"; ARCHITECTURE.md): a POST, PUT, PATCH or DELETE from another
 * site's page answers 403, and one whose body is not `application/json` answers
 * 415 (when `requireJson`). A browser can send a cross-site form or a
 * `text/plain` fetch without asking first; it cannot send JSON or a same-site
 * Origin without a CORS preflight, which this app never grants. Other methods,
 * and requests that pass, give null.
 */
export function crossSiteRefusal(request: Request, options: CrossSiteOptions): NextResponse | null {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return null;
  if (isCrossSite(request)) return jsonError(403, 'Requests from other sites may not change anything here.');
  if (options.requireJson && hasBody(request) && !isJson(request)) {
    return jsonError(415, 'Send the request body as application/json.');
  }
  return null;
}

/**
 * Wraps a route handler that does not go through `apiRoute` (Auth.js's
 * endpoints, the API's catch-all): the same cross-site check first, and
 * `Cache-Control: no-store` on whatever it answers.
 */
export function guardRoute<A extends unknown[]>(
  options: CrossSiteOptions,
  handler: (request: NextRequest, ...rest: A) => Promise<Response>,
): (request: NextRequest, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => crossSiteRefusal(request, options) ?? withNoStore(await handler(request, ...rest));
}
