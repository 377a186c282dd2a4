import { describe, expect, it } from 'vitest';
import { attachment, exportFileName } from './file-name';

describe('exportFileName', () => {
  it('names the patient (ASCII only) and the range', () => {
    expect(
      exportFileName('diary', {
        patientName: 'Zoë O’Brien-Núñez',
        range: { from: '2026-01-01', to: '2026-03-31' },
        extension: 'csv',
      }),
    ).toBe('calfwatch-diary-zoe-o-brien-nunez-from-2026-01-01-to-2026-03-31.csv');
  });

  it('leaves out what is not there', () => {
    expect(exportFileName('panel', { range: {}, extension: 'csv' })).toBe('calfwatch-panel.csv');
    expect(exportFileName('panel', { patientName: '日本', range: { to: '2026-03-31' }, extension: 'csv' })).toBe(
      'calfwatch-panel-to-2026-03-31.csv',
    );
  });

  it('makes an attachment header', () => {
    expect(attachment('a.csv')).toBe('attachment; filename="a.csv"');
  });
});
