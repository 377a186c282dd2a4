import { expect, request, test } from '@playwright/test';
import { ACCESS_CASES } from './access';
import type { Outcome } from './access/types';
import { PERSONAS, seededIds, storageStateFor, type Visitor } from './support/accounts';

const VISITORS: Visitor[] = ['anonymous', ...(Object.keys(PERSONAS) as (keyof typeof PERSONAS)[])];

function describeOutcome(outcome: Outcome): string {
  if (typeof outcome === 'number') return String(outcome);
  return outcome === 'login' ? '→ /login' : `→ ${outcome.redirect}`;
}

/** Route × role → expected outcome, checked over HTTP with each saved session. */
for (const visitor of VISITORS) {
  test.describe(`access as ${visitor}`, () => {
    for (const accessCase of ACCESS_CASES) {
      const method = accessCase.method ?? 'GET';
      const label = typeof accessCase.path === 'string' ? accessCase.path : accessCase.path.toString().replace(/^.*=>\s*/, '');
      const expected = accessCase.expect[visitor];
      test(`${method} ${label} ${describeOutcome(expected)}`, async ({ baseURL }) => {
        const context = await request.newContext({
          baseURL,
          storageState: visitor === 'anonymous' ? undefined : storageStateFor(visitor),
        });
        const path = typeof accessCase.path === 'string' ? accessCase.path : accessCase.path(seededIds());
        const response = await context.fetch(path, {
          method,
          maxRedirects: 0,
          data: accessCase.body,
          headers: accessCase.body === undefined ? undefined : { 'content-type': 'application/json' },
        });
        if (typeof expected === 'number') {
          expect(response.status(), `${method} ${path} as ${visitor}`).toBe(expected);
          if (path.startsWith('/api/') && expected >= 400) {
            expect(await response.json()).toHaveProperty('error');
          }
        } else {
          expect([302, 303, 307, 308]).toContain(response.status());
          const location = new URL(response.headers().location ?? '', baseURL);
          expect(location.pathname).toBe(expected === 'login' ? '/login' : expected.redirect);
        }
        await context.dispose();
      });
    }
  });
}
