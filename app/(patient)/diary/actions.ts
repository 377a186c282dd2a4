'use server';

import { action } from '@/lib/actions/action';
import { saveOwnEntry } from '@/lib/dal/diary-entries';
import { diaryEntrySchema } from '@/lib/validation/diary';

/**
 * Saves the diary form through the same validation and data layer as the API.
 * Answers with the flags the night fired, so the page can tell the patient at
 * once what to do.
 */
export const saveNightAction = action('diary:own', diaryEntrySchema, async (entry, { actor, db }) => {
  const saved = await saveOwnEntry(db, actor, { entry });
  return { created: saved.status === 201, night: saved.body.entry.night_of, flags: saved.body.flags };
});
