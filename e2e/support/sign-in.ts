import type { APIRequestContext } from '@playwright/test';

/**
 * Signs in through Auth.js's own endpoints (csrf, then the credentials
 * callback), as an API client would, with a second-factor code in `otp` when
 * given. Returns the callback's redirect target.
 */
export async function signInViaApi(
  request: APIRequestContext,
  email: string,
  password: string,
  otp?: string,
): Promise<string> {
  const csrfResponse = await request.get('/api/auth/csrf');
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, ...(otp === undefined ? {} : { otp }) },
    maxRedirects: 0,
  });
  return response.headers().location ?? '';
}
