import { NextResponse, type NextRequest } from 'next/server';

// Auth.js session cookie names (plain and on HTTPS), possibly split into chunks.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

// Export downloads (SPEC §6) are fetched by scripts as well as browsers: like the API,
// they answer 401 JSON themselves instead of redirecting to the sign-in page.
const EXPORT_PATH = /^\/clinician\/(export\.csv|patients\/[^/]+\/(export\.csv|report\.pdf|fhir))$/;

/**
 * Only redirects: page requests without a session cookie go to /login.
 * Whether the session is valid, and what it may see, is decided in lib/dal.
 * Deliberately not Auth.js's `auth` wrapper: that re-issues the session cookie
 * on every request, and a prefetch racing a sign-out would sign the user back in.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The reminder unsubscribe link carries its own signed token and works signed out.
  const isPublic = pathname === '/login' || pathname === '/reminders/unsubscribe';
  if (pathname.startsWith('/api/') || isPublic || EXPORT_PATH.test(pathname)) return NextResponse.next();
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  if (hasSession) return NextResponse.next();
  return NextResponse.redirect(new URL('/login', request.url));
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico)$).*)'],
};
