import type { Actor } from '@/lib/dal/actor';

/**
 * A stand-in for `lib/dal/session` in tests that call the real route
 * handlers: the session is whoever `currentActor()` names, with no second
 * factor to enrol. Use it from a `vi.mock` factory:
 *
 *   vi.mock('@/lib/dal/session', async () =>
 *     (await import('@/lib/testing/session-mock')).sessionModuleFor(() => session.actor));
 */
export function sessionModuleFor(currentActor: () => Actor | null) {
  return {
    ENROL_PATH: '/account/security',
    getActor: async () => currentActor(),
    getSession: async () => {
      const actor = currentActor();
      return actor ? { sessionId: 'test-session', actor, hasSecondFactor: false, mustEnrolSecondFactor: false } : null;
    },
    requirePagePermission: async () => currentActor(),
  };
}
