'use server';

import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { updateOwnProfile } from '@/lib/dal/profile';
import { parseOrThrow } from '@/lib/validation/issues';
import { profileChangesSchema } from '@/lib/validation/profile';

/**
 * Saves the profile form through the same schema and data layer as the API.
 * The schema is built per call because "too far in the future" depends on today.
 */
export const saveProfileAction = action('profile:own', z.unknown(), async (input, { actor, db }) => {
  const changes = parseOrThrow(profileChangesSchema(), input);
  return updateOwnProfile(db, actor, changes);
});
