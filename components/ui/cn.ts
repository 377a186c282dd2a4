/** Joins class names, skipping empty ones. (No tailwind-merge: a primitive's classes and a caller's must not compete.) */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ');
}
