import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { toApiUser } from '@/app/api/v1/admin/_lib/api-user';
import type { PanelPatient } from '../views/types';
import type { assignPatient, unassignPatient } from '../dal/care-team-admin';
import type { listAuditEvents } from '../dal/audit-log';
import type { DeliveryView } from '../dal/deliveries';
import type { getOwnPreferences, listOwnNotifications } from '../dal/notifications';
import type { getOwnReminders } from '../dal/reminders';
import type { InsightsBody } from '../views/insights';
import type { ExperimentBody } from '../views/experiments';
import type { SavedEntryBody } from '../dal/diary-entries';
import type { FlagWithHistory, listPatientFlags } from '../dal/flags';
import type { listPatientEntries } from '../dal/patient-diary';
import type { getOwnProfile, updateOwnProfile } from '../dal/profile';
import type { getRuleStats } from '../dal/rule-stats';
import type { resetUserSecondFactor } from '../dal/second-factor';
import type { createUser } from '../dal/user-accounts';
import type { listUsers } from '../dal/users';
import type { DiaryEntry } from '../diary/types';
import type { RuleStatsPeriod } from '../validation/rule-stats';
import type { RESPONSE_SCHEMAS } from './schemas';

/** What `NextResponse.json` makes of a value: dates become ISO strings. */
type Jsonified<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Jsonified<U>[]
    : T extends object
      ? { [K in keyof T]: Jsonified<T[K]> }
      : T;
type Sent<F extends (...args: never[]) => unknown> = Jsonified<Awaited<ReturnType<F>>>;
type Documented<N extends keyof typeof RESPONSE_SCHEMAS> = z.output<(typeof RESPONSE_SCHEMAS)[N]>;

/**
 * Compile-time checks (run by `tsc`): each documented response has exactly
 * the type of what its handler sends, built from the data layer's return
 * types as the route handlers wrap them. A field added to the data layer and
 * not to the document fails the typecheck.
 */
describe('documented responses match the data layer’s types', () => {
  it('patient', () => {
    expectTypeOf<Documented<'DiaryEntryList'>>().toEqualTypeOf<{ entries: DiaryEntry[] }>();
    expectTypeOf<Documented<'SavedDiaryEntry'>>().toEqualTypeOf<Jsonified<SavedEntryBody>>();
    expectTypeOf<Documented<'Profile'>>().toEqualTypeOf<Sent<typeof getOwnProfile>>();
    type Updated = Awaited<ReturnType<typeof updateOwnProfile>>;
    expectTypeOf<Documented<'ProfileUpdated'>>().toEqualTypeOf<
      Jsonified<Updated['profile'] & Pick<Updated, 'flags'>>
    >();
  });

  it('clinician', () => {
    expectTypeOf<Documented<'PatientList'>>().toEqualTypeOf<{ patients: PanelPatient[]; next_cursor: string | null }>();
    expectTypeOf<Documented<'ClinicianEntryList'>>().toEqualTypeOf<{ entries: Sent<typeof listPatientEntries> }>();
    expectTypeOf<Documented<'FlagList'>>().toEqualTypeOf<{ flags: Sent<typeof listPatientFlags> }>();
    // acknowledgeFlag/resolveFlag are typed ClinicianFlag but return the listing's flag, history included
    // (responses.int.test.ts parses a real answer).
    expectTypeOf<Documented<'FlagActionResult'>>().toEqualTypeOf<{ flag: FlagWithHistory }>();
  });

  it('admin', () => {
    expectTypeOf<Documented<'AdminUserList'>>().toEqualTypeOf<Sent<typeof listUsers>>();
    expectTypeOf<Documented<'AdminUserResult'>>().toEqualTypeOf<{ user: ReturnType<typeof toApiUser> }>();
    expectTypeOf<Documented<'CreatedUser'>>().toEqualTypeOf<Sent<typeof createUser>>();
    expectTypeOf<Documented<'SecondFactorReset'>>().toEqualTypeOf<{
      id: string;
      had_second_factor: Sent<typeof resetUserSecondFactor>['had_second_factor'];
    }>();
    expectTypeOf<Documented<'CareTeamAssignment'>>().toEqualTypeOf<Sent<typeof assignPatient>>();
    expectTypeOf<Documented<'CareTeamAssignment'>>().toEqualTypeOf<Sent<typeof unassignPatient>>();
    expectTypeOf<Documented<'AuditEventList'>>().toEqualTypeOf<Sent<typeof listAuditEvents>>();
    expectTypeOf<Documented<'RuleStats'>>().toEqualTypeOf<{
      period: RuleStatsPeriod;
      rules: Sent<typeof getRuleStats>;
    }>();
  });

  it('insights', () => {
    expectTypeOf<Documented<'Insights'>>().toEqualTypeOf<InsightsBody>();
    expectTypeOf<Documented<'ExperimentReply'>>().toEqualTypeOf<{ experiment: ExperimentBody }>();
    expectTypeOf<Documented<'ExperimentList'>>().toEqualTypeOf<{ experiments: ExperimentBody[] }>();
  });

  it('notifications', () => {
    expectTypeOf<Documented<'NotificationList'>>().toEqualTypeOf<Sent<typeof listOwnNotifications>>();
    expectTypeOf<Documented<'NotificationPreferences'>>().toEqualTypeOf<Sent<typeof getOwnPreferences>>();
    expectTypeOf<Documented<'Reminders'>>().toEqualTypeOf<Sent<typeof getOwnReminders>>();
    expectTypeOf<Documented<'DeliveryList'>>().toEqualTypeOf<{ deliveries: DeliveryView[]; next_cursor: string | null }>();
  });
});
