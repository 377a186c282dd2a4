/**
 * The client address as reported by the proxy in front of the app. Behind no
 * proxy, Next.js itself sets x-forwarded-for from the socket.
 */
export function getRequestIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip') || 'unknown';
}
