import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { and, eq, inArray } from 'drizzle-orm';
import { patients, reminderSettings } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '../diary/save-entry';
import { addDays } from '../rules';
import { isNotReporting, reportingCutoff } from '../rules/reporting';
import { createActor, night } from '../testing/fixtures';
import { testDatabases } from '../testing/test-databases';
import { todayIso } from '../validation/dates';
import { notReportingSql } from './not-reporting';

const today = todayIso();
const cutoff = reportingCutoff(today);
/** Local (clinic) time on a night, so enrolment dates mean the same in both forms whatever the TZ. */
const at = (day: string, time: string) => new Date(`${day}T${time}:00`);

/** Where counting starts: a reminder's count_from, or (no reminder) the enrolment time. */
const STARTS = [
  { reminderFrom: addDays(today, -10) },
  { reminderFrom: cutoff },
  { reminderFrom: addDays(cutoff, 1) },
  { enrolledAt: at(addDays(today, -10), '09:00') },
  { enrolledAt: at(cutoff, '23:30') },
  { enrolledAt: at(addDays(cutoff, 1), '00:30') },
] as const;
const LAST_NIGHTS = [null, addDays(cutoff, -1), cutoff, addDays(cutoff, 1), addDays(today, -1), today];

describe.each(testDatabases())('"not reporting" in TypeScript and SQL on $name', ({ open }) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(async () => {
    await handle.close();
  });

  it('agree for every start of counting and latest entry', async () => {
    const expected = new Map<string, boolean>();
    for (const start of STARTS) {
      for (const last of LAST_NIGHTS) {
        const { patientId } = await createActor(handle.db, 'patient');
        const enrolledAt = 'enrolledAt' in start ? start.enrolledAt : at(addDays(today, -30), '09:00');
        await handle.db.update(patients).set({ createdAt: enrolledAt }).where(eq(patients.id, patientId!));
        if ('reminderFrom' in start) {
          await handle.db
            .insert(reminderSettings)
            .values({ patientId: patientId!, time: '20:00', channels: ['email'], countFrom: start.reminderFrom });
        }
        // An older night too, so "latest" is what counts.
        if (last) {
          await saveDiaryEntry(handle.db, { patientId: patientId!, fields: night(addDays(last, -7)) });
          await saveDiaryEntry(handle.db, { patientId: patientId!, fields: night(last) });
        }
        const countFrom = 'reminderFrom' in start ? start.reminderFrom : format(enrolledAt, 'yyyy-MM-dd');
        expected.set(patientId!, isNotReporting({ countFrom, lastRecordedNight: last }, today));
      }
    }
    const ids = [...expected.keys()];
    const rows = await handle.db
      .select({ id: patients.id })
      .from(patients)
      .where(and(inArray(patients.id, ids), notReportingSql(today)));
    const inSql = new Set(rows.map((row) => row.id));
    expect(ids.map((id) => inSql.has(id))).toEqual(ids.map((id) => expected.get(id)));
    // Both outcomes occur, so the agreement means something.
    expect(new Set(expected.values())).toEqual(new Set([true, false]));
  });
});
