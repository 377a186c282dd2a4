import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/types';
import { ForbiddenError } from '@/lib/errors';
import { transitionFlag } from '@/lib/flags/flag-actions';
import { addDays } from '@/lib/rules';
import { createActor, night } from '@/lib/testing/fixtures';
import { testDatabases } from '@/lib/testing/test-databases';
import { todayIso } from '@/lib/validation/dates';
import type { Actor } from './actor';
import { saveOwnEntry } from './diary-entries';
import { listOwnMessages, toPatientFlag } from './patient-messages';

const TODAY = todayIso();

describe.each(testDatabases())('patient messages on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let patient: Actor;
  let other: Actor;
  beforeAll(async () => {
    handle = await open();
    patient = await createActor(handle.db, 'patient');
    other = await createActor(handle.db, 'patient');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists the patient’s live flags as plain messages, emergency first, until a clinician resolves them', async () => {
    await saveOwnEntry(handle.db, patient, {
      entry: night(addDays(TODAY, -2), { worst_pain: 3, side: 'left', symptoms: ['numbness'] }),
    });
    const saved = await saveOwnEntry(handle.db, patient, {
      entry: night(addDays(TODAY, -1), { worst_pain: 6, side: 'left', symptoms: ['fainting', 'calf_warmth'] }),
    });
    await saveOwnEntry(handle.db, other, {
      entry: night(addDays(TODAY, -1), { worst_pain: 2, side: 'right', symptoms: ['foot_weakness'] }),
    });

    const messages = await listOwnMessages(handle.db, patient);
    expect(messages.map((message) => [message.rule_id, message.tier])).toEqual([
      ['emergency-chest-or-breathing', 'emergency'],
      ['urgent-possible-dvt', 'urgent'],
      ['soon-numbness', 'soon'],
    ]);
    expect(messages[0]).toMatchObject({
      heading: 'Get help now',
      nights: [addDays(TODAY, -1)],
      status: 'open',
      message: expect.stringContaining('fainting'),
    });
    expect(JSON.stringify(messages)).not.toContain('pulmonary');

    const clinician = await createActor(handle.db, 'clinician');
    const emergency = saved.body.flags.find((flag) => flag.tier === 'emergency');
    await transitionFlag(handle.db, {
      flagId: emergency?.id ?? '',
      action: 'acknowledge',
      actorUserId: clinician.userId,
      note: null,
    });
    expect((await listOwnMessages(handle.db, patient))[0]?.status).toBe('acknowledged');
    await transitionFlag(handle.db, {
      flagId: emergency?.id ?? '',
      action: 'resolve',
      actorUserId: clinician.userId,
      note: 'Seen in A&E, no clot.',
    });
    expect((await listOwnMessages(handle.db, patient)).map((message) => message.rule_id)).toEqual([
      'urgent-possible-dvt',
      'soon-numbness',
    ]);
  });

  it('is refused to other roles', async () => {
    const clinician = await createActor(handle.db, 'clinician');
    await expect(listOwnMessages(handle.db, clinician)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('falls back to the tier’s instruction for a rule it does not know', () => {
    expect(toPatientFlag({ id: 'f', ruleId: 'retired-rule', tier: 'urgent', status: 'open' }).message).toBe(
      'Please contact your doctor or an urgent care service today.',
    );
  });
});
