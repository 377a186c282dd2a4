import { describe, expect, it } from 'vitest';
import { buildPatientCsv, diaryCells, openFlagsByNight, PANEL_CSV_HEADER, PATIENT_CSV_HEADER } from './diary-csv';
import { parseCsv, testEntry, testFlag } from './test-data';

describe('buildPatientCsv', () => {
  it('writes a header of contract codes and one CRLF-ended row per night', () => {
    const csv = buildPatientCsv([testEntry('2026-03-01'), testEntry('2026-03-02')], []);
    expect(csv.split('\r\n')[0]).toBe(
      'night_of,woke_from_pain,episodes,worst_pain,longest_episode_minutes,total_minutes,minutes_awake,' +
        'sleep_quality,side,patterns,relief,symptoms,hydration_glasses,long_standing_or_exercise,' +
        'stretched_before_bed,new_medicine,recent_surgery_or_bedrest,notes,open_flags',
    );
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      '2026-03-01',
      'true',
      '2',
      '5',
      '4',
      '7',
      '20',
      '3',
      'left',
      'sudden_cramp',
      'stretching;massage',
      '',
      '6',
      'false',
      'true',
      'false',
      'false',
      '',
      '',
    ]);
  });

  it('writes only the header when there are no nights', () => {
    expect(buildPatientCsv([], [])).toBe(`${PATIENT_CSV_HEADER.join(',')}\r\n`);
  });

  it('quotes notes with commas, quotes and line breaks so they read back intact', () => {
    const notes = 'Woke twice, "bad" one.\r\nThen slept.\nMüller — 日本';
    const rows = parseCsv(buildPatientCsv([testEntry('2026-03-01', { notes })], []));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[PATIENT_CSV_HEADER.indexOf('notes')]).toBe(notes);
  });

  it('neutralizes notes that a spreadsheet would run as a formula', () => {
    const rows = parseCsv(buildPatientCsv([testEntry('2026-03-01', { notes: '=cmd|" /C calc"!A0' })], []));
    expect(rows[1]?.[PATIENT_CSV_HEADER.indexOf('notes')]).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('writes blank optional numbers as empty cells', () => {
    const cells = diaryCells(testEntry('2026-03-01', { sleep_quality: null, hydration_glasses: null }), []);
    expect(cells[PATIENT_CSV_HEADER.indexOf('sleep_quality')]).toBe('');
    expect(cells[PATIENT_CSV_HEADER.indexOf('hydration_glasses')]).toBe('');
  });

  it('lists, per night, the unresolved flags whose evidence includes it', () => {
    const flags = [
      testFlag({ ruleId: 'soon-recurrent-night-pain', evidenceNights: ['2026-03-01', '2026-03-02'] }),
      testFlag({ ruleId: 'routine-medicine-review', status: 'acknowledged', evidenceNights: ['2026-03-02'] }),
      testFlag({ ruleId: 'urgent-possible-dvt', status: 'resolved', evidenceNights: ['2026-03-02'] }),
    ];
    const rows = parseCsv(
      buildPatientCsv([testEntry('2026-03-01'), testEntry('2026-03-02'), testEntry('2026-03-03')], flags),
    );
    const column = PATIENT_CSV_HEADER.indexOf('open_flags');
    expect(rows.slice(1).map((row) => row[column])).toEqual([
      'soon-recurrent-night-pain',
      'routine-medicine-review;soon-recurrent-night-pain',
      '',
    ]);
  });
});

describe('openFlagsByNight', () => {
  it('lists a rule once per night and skips resolved flags', () => {
    const map = openFlagsByNight([
      testFlag({ ruleId: 'a', evidenceNights: ['2026-03-01'] }),
      testFlag({ ruleId: 'a', evidenceNights: ['2026-03-01'] }),
      testFlag({ ruleId: 'b', status: 'resolved', evidenceNights: ['2026-03-01'] }),
    ]);
    expect(map.get('2026-03-01')).toEqual(['a']);
  });
});

describe('PANEL_CSV_HEADER', () => {
  it('starts with who the night belongs to', () => {
    expect(PANEL_CSV_HEADER.slice(0, 4)).toEqual(['patient_id', 'patient_name', 'patient_email', 'night_of']);
  });
});
