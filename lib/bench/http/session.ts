/**
 * Signs in to a running Calfwatch over HTTP the way a browser does with
 * Auth.js credentials: fetch the CSRF token (and its cookie), post the form,
 * keep the session cookie. Returns a Cookie header for later requests.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  remember(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: baseUrl }).toString(),
  });
  remember(response);
  if (![...jar.keys()].some((name) => name.endsWith('authjs.session-token'))) {
    throw new Error(`signing in as ${email} failed (HTTP ${response.status}, no session cookie)`);
  }
  return header();
}
