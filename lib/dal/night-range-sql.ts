import { gte, lte } from 'drizzle-orm';
import { diaryEntries } from '@/db/schema';
import type { NightRange } from '../export/range';

/** The conditions that keep diary entries inside a night range (spread into `and(...)`); an absent side adds none. */
export function inNightRange(range: NightRange) {
  return [
    range.from ? gte(diaryEntries.nightOf, range.from) : undefined,
    range.to ? lte(diaryEntries.nightOf, range.to) : undefined,
  ];
}
