import { describe, expect, it } from 'vitest';
import { parseBenchArgs, parseBenchHttpArgs, parseGenerateArgs, UsageError } from './args';

describe('parseGenerateArgs', () => {
  it('reads the sizes and fills in defaults', () => {
    expect(parseGenerateArgs(['--patients', '10000', '--nights', '365'])).toEqual({
      patients: 10_000,
      nights: 365,
      clinicians: 2,
      flagNights: 14,
      seed: undefined,
      endNight: undefined,
      force: false,
      help: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseGenerateArgs([
        '--patients=10_000',
        '--nights=30',
        '--clinicians=5',
        '--flag-nights=0',
        '--seed=7',
        '--end-night=2026-03-31',
        '--force',
      ]),
    ).toMatchObject({
      patients: 10_000,
      nights: 30,
      clinicians: 5,
      flagNights: 0,
      seed: 7,
      endNight: '2026-03-31',
      force: true,
    });
  });

  it.each([
    [[], '--patients is required'],
    [['--patients', '5'], '--nights is required'],
    [['--patients', '0', '--nights', '5'], '--patients must be a whole number from 1 to 1,000,000 (got "0")'],
    [['--patients', 'many', '--nights', '5'], '--patients must be a whole number'],
    [['--patients', '5', '--nights', '2.5'], '--nights must be a whole number from 1 to 3,650'],
    [['--patients', '5', '--nights', '-3'], '--nights'],
    [['--patients', '5', '--nights', '5', '--clinicians', '6'], '--clinicians (6) cannot exceed --patients (5)'],
    [['--patients', '5', '--nights', '5', '--end-night', '2026-02-30'], '--end-night must be a real date'],
    [['--patients', '5', '--nights', '5', '--bogus'], "Unknown option '--bogus'"],
    [['--patients', '5', '--nights', '5', 'extra'], 'extra'],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseGenerateArgs(argv)).toThrow(UsageError);
    expect(() => parseGenerateArgs(argv)).toThrow(message);
  });

  it('asks for help without requiring sizes', () => {
    expect(parseGenerateArgs(['--help']).help).toBe(true);
  });
});

describe('parseBenchArgs', () => {
  it('has modest defaults and reads BENCH_* from the environment', () => {
    expect(parseBenchArgs([], {})).toEqual({
      patients: 300,
      nights: 90,
      databaseUrl: undefined,
      saves: 200,
      keep: false,
      help: false,
    });
    expect(
      parseBenchArgs([], { BENCH_PATIENTS: '50', BENCH_NIGHTS: '30', BENCH_DATABASE_URL: 'postgres://h/db' }),
    ).toMatchObject({ patients: 50, nights: 30, databaseUrl: 'postgres://h/db' });
  });

  it('lets flags win over the environment', () => {
    expect(parseBenchArgs(['--patients', '20'], { BENCH_PATIENTS: '50' }).patients).toBe(20);
  });

  it('refuses bad values', () => {
    expect(() => parseBenchArgs(['--nights', '7'], {})).toThrow('--nights must be a whole number from 14');
    expect(() => parseBenchArgs(['--database-url', 'mysql://x'], {})).toThrow('postgres://');
  });
});

describe('parseBenchHttpArgs', () => {
  it("defaults to the issue's size, 15 s per route, embedded database", () => {
    expect(parseBenchHttpArgs([], {})).toMatchObject({
      patients: 10_000,
      nights: 365,
      clinicians: 2,
      seconds: 15,
      out: 'bench-results.json',
      databaseUrl: undefined,
      quick: false,
      build: true,
    });
  });

  it('makes --quick tiny, and lets explicit sizes win', () => {
    expect(parseBenchHttpArgs(['--quick'], {})).toMatchObject({ patients: 40, nights: 30, seconds: 3, quick: true });
    expect(parseBenchHttpArgs(['--quick', '--patients', '80'], {})).toMatchObject({ patients: 80, nights: 30 });
  });

  it('takes the server from BENCH_DATABASE_URL and refuses other URLs', () => {
    expect(parseBenchHttpArgs([], { BENCH_DATABASE_URL: 'postgres://h/db' }).databaseUrl).toBe('postgres://h/db');
    expect(() => parseBenchHttpArgs(['--database-url', 'mysql://h'], {})).toThrow(UsageError);
    expect(() => parseBenchHttpArgs(['--clinicians', '5', '--patients', '2'], {})).toThrow('cannot exceed');
    expect(() => parseBenchHttpArgs(['--nope'], {})).toThrow(UsageError);
  });
});
