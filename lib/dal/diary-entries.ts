import 'server-only';
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import { diaryEntries } from '@/db/schema';
import type { Database } from '@/db/types';
import type { Actor } from './actor';
import { assertCan } from './actor';
import { NotFoundError } from '../errors';

export interface NightRange {
  from?: string;
  to?: string;
}

/** The actor's own diary entries, newest night first. */
export async function listOwnEntries(db: Database, actor: Actor, range: NightRange = {}) {
  assertCan(actor, 'diary:own');
  if (!actor.patientId) throw new NotFoundError();
  return db
    .select()
    .from(diaryEntries)
    .where(
      and(
        eq(diaryEntries.patientId, actor.patientId),
        range.from ? gte(diaryEntries.nightOf, range.from) : undefined,
        range.to ? lte(diaryEntries.nightOf, range.to) : undefined,
      ),
    )
    .orderBy(desc(diaryEntries.nightOf));
}
