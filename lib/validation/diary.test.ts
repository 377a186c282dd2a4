import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import {
  diaryEntryRecordSchema,
  diaryEntrySchema,
  diaryFieldsSchema,
  isEditableNight,
  lastNight,
  nightBounds,
  nightOfProblem,
  nightRangeQuerySchema,
  parseNightSubmission,
} from './diary';
import { fieldMessages } from './issues';

const VALID = { worst_pain: 3, side: 'left' };

function errorsFor(input: unknown): Record<string, string> {
  const result = diaryFieldsSchema.safeParse(input);
  return result.success ? {} : fieldMessages(result.error);
}

describe('diaryFieldsSchema', () => {
  it('needs only worst_pain and side, and gives every other field its empty value', () => {
    expect(diaryFieldsSchema.parse(VALID)).toEqual({
      woke_from_pain: false,
      episodes: 0,
      worst_pain: 3,
      longest_episode_minutes: 0,
      total_minutes: 0,
      minutes_awake: 0,
      sleep_quality: null,
      side: 'left',
      patterns: [],
      relief: [],
      symptoms: [],
      hydration_glasses: null,
      long_standing_or_exercise: false,
      stretched_before_bed: false,
      new_medicine: false,
      recent_surgery_or_bedrest: false,
      notes: null,
    });
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['worst pain above 10', { worst_pain: 11 }, 'worst_pain', /0 to 10/],
    ['negative episodes', { episodes: -1 }, 'episodes', /0 to 20/],
    ['a fraction', { episodes: 2.5 }, 'episodes', /whole number/],
    ['text for a number', { worst_pain: '4' }, 'worst_pain', /whole number/],
    ['sleep quality 6', { sleep_quality: 6 }, 'sleep_quality', /1 to 5/],
    ['721 minutes awake', { minutes_awake: 721 }, 'minutes_awake', /0 to 720/],
    ['an unknown side', { side: 'up' }, 'side', /left, right, both, none/],
    ['an unknown pattern', { patterns: ['cramp'] }, 'patterns', /Unknown pattern/],
    ['relief that is not a list', { relief: 'heat' }, 'relief', /must be a list/],
    ['notes over 2,000 characters', { notes: 'a'.repeat(2001) }, 'notes', /2000 characters/],
    ['a yes/no as text', { woke_from_pain: 'yes' }, 'woke_from_pain', /true or false/],
    ['an unknown field', { colour: 'blue' }, 'colour', /not part of the form/],
    [
      'a longest episode above the total',
      { longest_episode_minutes: 20, total_minutes: 10 },
      'longest_episode_minutes',
      /longer than the total/,
    ],
  ])('refuses %s with a message for that field', (_name, change, field, message) => {
    expect(errorsFor({ ...VALID, ...change })[field]).toMatch(message);
  });

  it('says which required fields are missing', () => {
    expect(errorsFor({})).toEqual({ worst_pain: 'Worst pain is required.', side: 'Side is required.' });
  });

  it('drops repeated codes and blank notes', () => {
    const parsed = diaryFieldsSchema.parse({ ...VALID, relief: ['heat', 'heat', 'cold'], notes: '   ' });
    expect(parsed.relief).toEqual(['heat', 'cold']);
    expect(parsed.notes).toBeNull();
  });

  it('keeps exactly 2,000 characters of notes', () => {
    expect(diaryFieldsSchema.parse({ ...VALID, notes: 'a'.repeat(2000) }).notes).toHaveLength(2000);
  });
});

describe('diaryEntrySchema', () => {
  it.each([
    ['2026-02-30', 'This date does not exist.'],
    ['26-11-2026', 'Enter a date as YYYY-MM-DD.'],
  ])('refuses the night %s', (night, message) => {
    const result = diaryEntrySchema.safeParse({ ...VALID, night_of: night });
    expect(result.success ? {} : fieldMessages(result.error)).toEqual({ night_of: message });
  });
});

describe('parseNightSubmission', () => {
  it('takes the night from the address', () => {
    expect(parseNightSubmission('2026-11-20', VALID).night_of).toBe('2026-11-20');
    expect(parseNightSubmission('2026-11-20', { ...VALID, night_of: '2026-11-20' }).night_of).toBe('2026-11-20');
  });

  it('refuses a body naming another night', () => {
    expect(() => parseNightSubmission('2026-11-20', { ...VALID, night_of: '2026-11-19' })).toThrow(ValidationError);
  });

  it('reports a bad address and bad fields together', () => {
    try {
      parseNightSubmission('2026-13-01', { side: 'left', episodes: 99 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fields).sort()).toEqual(['episodes', 'night_of', 'worst_pain']);
    }
  });
});

describe('night bounds', () => {
  const bounds = nightBounds(new Date('2026-09-15T10:00:00'), new Date('2026-11-26T08:00:00'));

  it('runs from 30 days before the account to today, edits for 7 days', () => {
    expect(bounds).toEqual({ today: '2026-11-26', earliest: '2026-08-16', editableFrom: '2026-11-19' });
    expect(lastNight(bounds.today)).toBe('2026-11-25');
  });

  it.each([
    ['2026-11-27', /future/],
    ['2026-08-15', /before 2026-08-16/],
  ])('refuses %s', (night, message) => {
    expect(nightOfProblem(night, bounds)).toMatch(message);
  });

  it.each(['2026-11-26', '2026-08-16', '2026-10-01'])('accepts %s', (night) => {
    expect(nightOfProblem(night, bounds)).toBeNull();
  });

  it('lets nights up to 7 days old be edited, and no older', () => {
    expect(isEditableNight('2026-11-19', bounds)).toBe(true);
    expect(isEditableNight('2026-11-18', bounds)).toBe(false);
  });
});

describe('nightRangeQuerySchema', () => {
  it('accepts open and closed ranges and refuses a reversed one', () => {
    expect(nightRangeQuerySchema.parse({})).toEqual({});
    expect(nightRangeQuerySchema.safeParse({ from: '2026-11-02', to: '2026-11-01' }).success).toBe(false);
    expect(nightRangeQuerySchema.safeParse({ from: 'yesterday' }).success).toBe(false);
  });
});

describe('diaryEntryRecordSchema', () => {
  it('describes a saved entry exactly: every field present', () => {
    const entry = {
      id: '5da25299-2e71-445c-817c-3ea9e9f02eb0',
      night_of: '2026-11-20',
      ...diaryFieldsSchema.parse(VALID),
    };
    expect(diaryEntryRecordSchema.parse(entry)).toEqual(entry);
    const withoutNotes: Record<string, unknown> = { ...entry };
    delete withoutNotes.notes;
    expect(diaryEntryRecordSchema.safeParse(withoutNotes).success).toBe(false);
  });
});
