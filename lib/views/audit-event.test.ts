import { describe, expect, it } from 'vitest';
import { describeDetail } from '../presentation/table-format';
import { noteFact, redactClinicalText } from './audit-event';

describe('clinical text in audit rows', () => {
  it('keeps only the fact that a note was written', () => {
    expect(noteFact('Seen in clinic.')).toEqual({ note_characters: 15 });
    expect(noteFact(null)).toEqual({});
  });

  it('redacts notes in older rows, at any depth, and leaves the rest', () => {
    expect(
      redactClinicalText({ rule_id: 'x', note: 'private words', nested: { body: 'more words', n: 1 }, list: [1] }),
    ).toEqual({ rule_id: 'x', note_characters: 13, nested: { note_characters: 10, n: 1 }, list: [1] });
    expect(redactClinicalText(null)).toBeNull();
  });

  it('says a note was written in the viewer', () => {
    expect(describeDetail({ tier: 'urgent', note_characters: 123 })).toBe(
      'tier: urgent · note written (123 characters)',
    );
  });
});
