/** Builders for the export unit tests and benchmarks: no database, no clock. */
import type { ExportEntry, ExportFlag, PatientExportData } from './types';

export function testEntry(night: string, overrides: Partial<ExportEntry> = {}): ExportEntry {
  return {
    id: `00000000-0000-4000-8000-${night.replaceAll('-', '').padStart(12, '0')}`,
    night_of: night,
    woke_from_pain: true,
    episodes: 2,
    worst_pain: 5,
    longest_episode_minutes: 4,
    total_minutes: 7,
    minutes_awake: 20,
    sleep_quality: 3,
    side: 'left',
    patterns: ['sudden_cramp'],
    relief: ['stretching', 'massage'],
    symptoms: [],
    hydration_glasses: 6,
    long_standing_or_exercise: false,
    stretched_before_bed: true,
    new_medicine: false,
    recent_surgery_or_bedrest: false,
    notes: null,
    recordedAt: new Date(`${night}T07:30:00Z`),
    ...overrides,
  };
}

export function testFlag(overrides: Partial<ExportFlag> = {}): ExportFlag {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    ruleId: 'soon-recurrent-night-pain',
    tier: 'soon',
    status: 'open',
    reason: 'Pain on 4 of the last 7 nights and 3 of the 7 before',
    modifiers: [],
    evidenceNights: [],
    firstSeenAt: new Date('2026-03-02T07:30:00Z'),
    lastSeenAt: new Date('2026-03-05T07:30:00Z'),
    resolvedAt: null,
    evidenceWithdrawnAt: null,
    ...overrides,
  };
}

export function testExportData(overrides: Partial<PatientExportData> = {}): PatientExportData {
  return {
    patient: {
      id: '22222222-2222-4222-8222-222222222222',
      name: 'Ana Müller',
      email: 'ana@example.org',
      profile: {
        date_of_birth: '1961-05-20',
        sex: 'female',
        conditions: ['diabetes'],
        medicines: ['statin', 'diuretic'],
        pregnancy_due_date: null,
      },
    },
    range: { from: '2026-03-01', to: '2026-03-07' },
    entries: ['2026-03-01', '2026-03-02', '2026-03-04'].map((night) => testEntry(night)),
    flags: [],
    generatedAt: new Date('2026-03-08T09:00:00Z'),
    ...overrides,
  };
}

/** A minimal RFC 4180 reader, to check that what the writers wrote reads back. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted) {
      if (char === '"' && next === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
      continue;
    }
    if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && next === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}
