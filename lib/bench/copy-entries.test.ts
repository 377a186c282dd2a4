import { describe, expect, it } from 'vitest';
import { testEntry } from '../export/test-data';
import { copyLine, copyText } from './copy-entries';

describe('COPY text format', () => {
  it('writes NULL as \\N and booleans as t/f', () => {
    expect(copyText(null)).toBe('\\N');
    expect([copyText(true), copyText(false), copyText(7)]).toEqual(['t', 'f', '7']);
  });

  it('escapes backslashes, tabs and line breaks so no value can end its column or row', () => {
    expect(copyText('a\\N\tb\nc\rd')).toBe('a\\\\N\\tb\\nc\\rd');
  });

  it('writes one line per entry, one column per field', () => {
    const line = copyLine({ patientId: 'p', fields: { ...testEntry('2025-01-01'), notes: 'x\ty' }, at: new Date(0) });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1).split('\t')).toHaveLength(21);
    expect(line).toContain('x\\ty');
  });
});
