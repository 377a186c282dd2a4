import { z } from 'zod';

/** The longest note a clinician may leave when acknowledging or resolving a flag, once trimmed. */
export const FLAG_NOTE_MAX_LENGTH = 2000;

/**
 * The JSON body of both flag actions: an optional `{ "note" }`; other fields
 * are ignored and an empty body means no note. Whether a note is required,
 * and how long it may be, is the data layer's call after the care-team check.
 */
export const flagActionBodySchema = z.object({
  note: z
    .string({ error: 'Note must be text.' })
    .nullish()
    .transform((note) => note ?? null),
});
