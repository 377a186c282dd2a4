import { addDays, nightsBetween } from '../rules/nights';

/**
 * `count` consecutive nights ending at `endNight`, ascending. Night arithmetic
 * itself lives in lib/rules/nights.ts.
 * @throws RangeError when `endNight` is not a `YYYY-MM-DD` date.
 */
export function nightsEnding(endNight: string, count: number): string[] {
  return nightsBetween(addDays(endNight, 1 - count), endNight);
}
