import type { SeededIds, Visitor } from '../support/accounts';

/** An HTTP status, a redirect to /login, or a redirect to another path. */
export type Outcome = number | 'login' | { redirect: string };

export interface AccessCase {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A path, or a function of the seeded ids (for routes naming a record). */
  path: string | ((ids: Record<string, SeededIds>) => string);
  /** JSON body for writes. */
  body?: unknown;
  /** Expected outcome for every visitor: the matrix is complete by construction. */
  expect: Record<Visitor, Outcome>;
}
