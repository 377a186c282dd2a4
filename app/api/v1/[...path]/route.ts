import { guardRoute } from '@/lib/api/cross-site';
import { jsonError } from '@/lib/api/respond';
import { getActor } from '@/lib/dal/session';

/**
 * Unknown API paths answer JSON: 401 without a session (nothing is revealed), else 404.
 * A cross-site or non-JSON write is refused first, as on every other endpoint.
 */
const unknownRoute = guardRoute({ requireJson: true }, async () => {
  const actor = await getActor();
  return actor ? jsonError(404, 'No such API endpoint') : jsonError(401, 'Sign in required');
});

export {
  unknownRoute as GET,
  unknownRoute as POST,
  unknownRoute as PUT,
  unknownRoute as PATCH,
  unknownRoute as DELETE,
};
