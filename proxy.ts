import { NextResponse, type NextRequest } from 'next/server';
import { applySecurityHeaders, contentSecurityPolicy, createNonce, isHttpsRequest } from '@/lib/api/security-headers';

// Auth.js session cookie names (plain and on HTTPS), possibly split into chunks.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

// Export downloads (docs/contract.md, "Exports") are fetched by scripts as well as browsers: like the API,
// they answer 401 JSON themselves instead of redirecting to the sign-in page.
const EXPORT_PATH = /^\/clinician\/(export\.csv|patients\/[^/]+\/(export\.csv|report\.pdf|fhir))$/;

/**
 * Redirects page requests without a session cookie to /login. Whether the
 * session is valid, and what it may see, is decided in lib/dal.
 * Deliberately not Auth.js's `auth` wrapper: that re-issues the session cookie
 * on every request, and a prefetch racing a sign-out would sign the user back in.
 */
function route(request: NextRequest, requestHeaders: Headers): NextResponse {
  const { pathname } = request.nextUrl;
  // The reminder unsubscribe link carries its own signed token and works signed out.
  const isPublic = pathname === '/login' || pathname === '/reminders/unsubscribe';
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  if (pathname.startsWith('/api/') || isPublic || EXPORT_PATH.test(pathname) || hasSession) {
    return NextResponse.next({ request: { headers: requestHeaders } });
  }
  return NextResponse.redirect(new URL('/login', request.url));
}

/**
 * Every page, API answer and redirect gets the security headers
 * (lib/api/security-headers.ts): a Content-Security-Policy with a fresh nonce,
 * which Next reads from the request's copy of the header and adds to its own
 * scripts (the root layout renders every page per request, so each has one);
 * Permissions-Policy; HSTS on HTTPS; and `Cache-Control: no-store`.
 */
export function proxy(request: NextRequest) {
  const https = isHttpsRequest(request);
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development', https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = route(request, requestHeaders);
  applySecurityHeaders(response.headers, { policy, https });
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)'],
};
