import { describe, expect, it } from 'vitest';
import { fieldMessages } from './issues';
import { profileChangesSchema, profileRecordSchema } from './profile';

const schema = profileChangesSchema('2026-11-26');

function errorsFor(input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldMessages(result.error);
}

describe('profileChangesSchema', () => {
  it('accepts an empty change and keeps omitted fields omitted', () => {
    expect(schema.parse({})).toEqual({});
    expect(schema.parse({ conditions: ['diabetes', 'diabetes'] })).toEqual({ conditions: ['diabetes'] });
  });

  it('lets null clear a date or the sex', () => {
    expect(schema.parse({ pregnancy_due_date: null, date_of_birth: null, sex: null })).toEqual({
      pregnancy_due_date: null,
      date_of_birth: null,
      sex: null,
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown condition', { conditions: ['flu'] }, 'conditions'],
    ['an unknown medicine', { medicines: ['aspirin'] }, 'medicines'],
    ['an unknown sex', { sex: 'n/a' }, 'sex'],
    ['a birth date tomorrow', { date_of_birth: '2026-11-27' }, 'date_of_birth'],
    ['a birth date before 1900', { date_of_birth: '1899-12-31' }, 'date_of_birth'],
    ['an impossible due date', { pregnancy_due_date: '2027-02-29' }, 'pregnancy_due_date'],
    ['a due date over 44 weeks away', { pregnancy_due_date: '2027-10-01' }, 'pregnancy_due_date'],
    ['an unknown field', { height: 180 }, 'height'],
  ])('refuses %s', (_name, input, field) => {
    expect(errorsFor(input)[field]).toEqual(expect.any(String));
  });

  it('accepts a due date 44 weeks away and a past one', () => {
    expect(schema.safeParse({ pregnancy_due_date: '2027-09-30' }).success).toBe(true);
    expect(schema.safeParse({ pregnancy_due_date: '2026-01-01' }).success).toBe(true);
  });
});

describe('profileRecordSchema', () => {
  it('describes a whole profile', () => {
    const profile = {
      date_of_birth: null,
      sex: 'female',
      conditions: [],
      medicines: ['statin'],
      pregnancy_due_date: null,
    };
    expect(profileRecordSchema.parse(profile)).toEqual(profile);
  });
});
