import { jsonError } from '@/lib/api/respond';
import { getActor } from '@/lib/dal/session';

/** Unknown API paths answer JSON: 401 without a session (nothing is revealed), else 404. */
async function unknownRoute() {
  const actor = await getActor();
  return actor ? jsonError(404, 'No such API endpoint') : jsonError(401, 'Sign in required');
}

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
