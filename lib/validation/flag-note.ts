/** The longest note a clinician may leave when acknowledging or resolving a flag, once trimmed. */
export const FLAG_NOTE_MAX_LENGTH = 2000;
