import { sql, type SQL } from 'drizzle-orm';
import { diaryEntries, patients, reminderSettings } from '@/db/schema';
import { addDays } from '../rules';
import { reportingCutoff } from '../rules/reporting';

/**
 * The SQL form of `isNotReporting` (lib/rules/reporting.ts) for the row of
 * `patients` in scope: the count starts at the reminder's `count_from`, or
 * for a patient who never set a reminder at enrolment (`created_at`, a
 * clinic-time date like every night); no entry from the cutoff night on.
 * `not-reporting.int.test.ts` checks both forms agree.
 */
export function notReportingSql(today: string): SQL<boolean> {
  const cutoff = reportingCutoff(today);
  return sql<boolean>`(
    ${reportingCountStartedSql(today)}
    and not exists (
      select 1 from ${diaryEntries}
      where ${diaryEntries.patientId} = ${patients.id} and ${diaryEntries.nightOf} >= ${cutoff}::date
    )
  )`;
}

/**
 * The first half of `notReportingSql`: the patient's count of silent nights
 * has started by the cutoff night (reminder's `count_from`, else enrolment).
 * The worklist pairs it with the patient summary's last entry instead of
 * probing the diary (lib/dal/not-reporting.ts).
 */
export function reportingCountStartedSql(today: string): SQL<boolean> {
  const cutoff = reportingCutoff(today);
  // Enrolled on or before the cutoff night (clinic time): before the next midnight, in this process's time zone.
  const enrolledBy = new Date(`${addDays(cutoff, 1)}T00:00:00`).toISOString();
  return sql<boolean>`coalesce(
    (select ${reminderSettings.countFrom} <= ${cutoff}::date from ${reminderSettings}
      where ${reminderSettings.patientId} = ${patients.id}),
    ${patients.createdAt} < ${enrolledBy}::timestamptz
  )`;
}
