/** Sessions end 12 hours after sign-in, however active (an absolute lifetime; README, "Two-step sign-in and sessions"). */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
