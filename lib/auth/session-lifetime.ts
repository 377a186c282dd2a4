/** Sessions end 12 hours after sign-in, however active (SPEC: absolute lifetime). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
