/**
 * Whether a database error (or any error it caused) is a unique-constraint
 * violation (SQLSTATE 23505). postgres.js and PGlite both put the code on the
 * error; drizzle may wrap it, so the cause chain is walked.
 */
export function isUniqueViolation(error: unknown): boolean {
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if ((current as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
