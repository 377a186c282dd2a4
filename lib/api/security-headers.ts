/**
 * The response headers proxy.ts puts on every page, API answer and redirect
 * (README "Security"). next.config.ts also puts the fixed ones on every file,
 * static ones included. No imports: next.config.ts loads this file too.
 */

/** Features the app never uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/** The headers that are the same on every response. */
export const FIXED_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
];

/** Two years, with subdomains: only sent on HTTPS, where browsers heed it. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** A fresh, unguessable nonce for one response (16 random bytes, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface PolicyOptions {
  nonce: string;
  /** `next dev`: React's refresh and error overlay need eval. Never in production. */
  development: boolean;
  /** Served over HTTPS: also upgrade any stray http:// subresource. */
  https: boolean;
}

/**
 * The Content-Security-Policy. Scripts run only with this response's nonce
 * (Next adds it to its own scripts when it renders the page) or when loaded by
 * such a script ('strict-dynamic'); no 'unsafe-eval' outside development.
 * Styles allow 'unsafe-inline' because Recharts and the charts set inline
 * styles (and a nonce in style-src would switch that off). Images allow data:
 * and blob: for the charts and inline SVG; the push service worker is
 * /push-sw.js on this origin.
 */
export function contentSecurityPolicy({ nonce, development, https }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** Whether the browser reached the app over HTTPS, directly or through a TLS-ending proxy. */
export function isHttpsRequest(request: { nextUrl: URL; headers: Headers }): boolean {
  if (request.nextUrl.protocol === 'https:') return true;
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'https';
}

/**
 * Puts the security headers on a response: the fixed ones, the policy, HSTS
 * on HTTPS, and `Cache-Control: no-store` (pages and API answers carry patient
 * data; a route handler's own Cache-Control, set later, takes precedence).
 */
export function applySecurityHeaders(headers: Headers, options: { policy: string; https: boolean }): void {
  for (const { key, value } of FIXED_SECURITY_HEADERS) headers.set(key, value);
  headers.set('Content-Security-Policy', options.policy);
  headers.set('Cache-Control', 'no-store');
  if (options.https) headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
}
