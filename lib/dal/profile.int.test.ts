import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents, flags } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { ForbiddenError } from '@/lib/errors';
import { addDays } from '@/lib/rules';
import { createActor, night } from '@/lib/testing/fixtures';
import { testDatabases } from '@/lib/testing/test-databases';
import { todayIso } from '@/lib/validation/dates';
import { profileChangesSchema } from '@/lib/validation/profile';
import type { Actor } from './actor';
import { saveOwnEntry } from './diary-entries';
import { getOwnProfile, updateOwnProfile } from './profile';

const TODAY = todayIso();

describe.each(testDatabases())('patient profile data layer on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let patient: Actor;
  beforeAll(async () => {
    handle = await open();
    patient = await createActor(handle.db, 'patient');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('changes only the given fields and audits which ones', async () => {
    await updateOwnProfile(handle.db, patient, profileChangesSchema().parse({ sex: 'female', medicines: ['statin'] }));
    const { profile } = await updateOwnProfile(
      handle.db,
      patient,
      profileChangesSchema().parse({ pregnancy_due_date: addDays(TODAY, 100) }),
    );
    expect(profile).toEqual({
      date_of_birth: null,
      sex: 'female',
      conditions: [],
      medicines: ['statin'],
      pregnancy_due_date: addDays(TODAY, 100),
    });
    expect(await getOwnProfile(handle.db, patient)).toEqual(profile);
    const audit = await handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorUserId, patient.userId), eq(auditEvents.action, 'profile.updated')));
    expect(audit.map((row) => row.detail?.fields)).toEqual([['sex', 'medicines'], ['pregnancy_due_date']]);
  });

  it('audits the change in the same transaction: when the audit row cannot be written, nothing changes', async () => {
    const other = await createActor(handle.db, 'patient');
    await handle.db.execute(sql`
      create function refuse_profile_audit() returns trigger language plpgsql as $$
      begin
        if new.action = 'profile.updated' then raise exception 'audit unavailable'; end if;
        return new;
      end $$`);
    await handle.db.execute(sql`
      create trigger refuse_profile_audit before insert on audit_events
      for each row execute function refuse_profile_audit()`);
    try {
      await expect(
        updateOwnProfile(handle.db, other, profileChangesSchema().parse({ conditions: ['diabetes'] })),
      ).rejects.toThrow();
    } finally {
      await handle.db.execute(sql`drop trigger refuse_profile_audit on audit_events`);
      await handle.db.execute(sql`drop function refuse_profile_audit()`);
    }
    expect((await getOwnProfile(handle.db, other)).conditions).toEqual([]);
  });

  it('re-runs the rules: a new risk condition escalates a live flag, reported once as a message', async () => {
    const saved = await saveOwnEntry(handle.db, patient, {
      entry: night(addDays(TODAY, -1), { worst_pain: 4, side: 'left', symptoms: ['pain_walking_eases_rest'] }),
    });
    expect(saved.body.flags).toContainEqual(expect.objectContaining({ rule_id: 'soon-claudication', tier: 'soon' }));
    const { flags: raised } = await updateOwnProfile(
      handle.db,
      patient,
      profileChangesSchema().parse({ conditions: ['diabetes'] }),
    );
    const claudication = raised.filter((flag) => flag.rule_id === 'soon-claudication');
    expect(claudication).toHaveLength(1);
    expect(claudication[0]).toMatchObject({ tier: 'urgent', message: expect.stringContaining('today') });
    const [row] = await handle.db
      .select()
      .from(flags)
      .where(eq(flags.id, claudication[0]?.id ?? ''));
    expect(row?.tier).toBe('urgent');

    const { flags: again } = await updateOwnProfile(
      handle.db,
      patient,
      profileChangesSchema().parse({ conditions: ['diabetes'] }),
    );
    expect(again).toEqual([]);
  });

  it('is refused to clinicians and admins', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    const admin = await createActor(handle.db, 'admin');
    await expect(getOwnProfile(handle.db, clinician)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateOwnProfile(handle.db, admin, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
