import { describe, expect, it } from 'vitest';
import { diaryEntrySchema } from '@/lib/validation/diary';
import { emptyValues, entryToValues, parseDraft, sameValues, toSubmission } from './form-values';

describe('toSubmission', () => {
  it('leaves blank numbers out, or null where "not given" is an answer', () => {
    const body = toSubmission({ ...emptyValues('2026-11-25'), worst_pain: '0', side: 'none' });
    expect(body).not.toHaveProperty('episodes');
    expect(body).toMatchObject({
      worst_pain: 0,
      side: 'none',
      sleep_quality: null,
      hydration_glasses: null,
      notes: null,
    });
    expect(diaryEntrySchema.parse(body)).toMatchObject({ night_of: '2026-11-25', episodes: 0, worst_pain: 0 });
  });

  it('passes what was typed on unchanged when it is not a number, so the schema words the error', () => {
    const body = toSubmission({
      ...emptyValues('2026-11-25'),
      episodes: 'lots',
      worst_pain: ' 7 ',
      total_minutes: '2.5',
    });
    expect(body).toMatchObject({ episodes: 'lots', worst_pain: 7, total_minutes: 2.5 });
    expect(body).not.toHaveProperty('side');
  });
});

describe('entryToValues', () => {
  it('round-trips a saved entry through the form', () => {
    const fields = diaryEntrySchema.parse({
      night_of: '2026-11-25',
      worst_pain: 5,
      side: 'both',
      episodes: 2,
      sleep_quality: 3,
      patterns: ['sudden_cramp'],
      notes: 'Woke twice.',
    });
    const values = entryToValues({ id: 'x', ...fields });
    expect(values).toMatchObject({ worst_pain: '5', episodes: '2', sleep_quality: '3', hydration_glasses: '' });
    expect(diaryEntrySchema.parse(toSubmission(values))).toEqual(fields);
  });
});

describe('parseDraft', () => {
  const fallback = emptyValues('2026-11-25');
  it('restores what was typed and ignores anything of the wrong type', () => {
    const stored = JSON.stringify({ episodes: 'lots', relief: ['heat'], notes: 12, woke_from_pain: true, extra: 1 });
    expect(parseDraft(stored, fallback)).toEqual({
      ...fallback,
      episodes: 'lots',
      relief: ['heat'],
      woke_from_pain: true,
    });
  });
  it.each([null, '', 'not json', '[1,2]', '"text"'])('gives nothing back for %j', (stored) => {
    const parsed = parseDraft(stored, fallback);
    expect(parsed === null || sameValues(parsed, fallback)).toBe(true);
  });
});
