import { describe, expect, it } from 'vitest';
import { decideReminder, inQuietHours, type ReminderPlan } from './reminder-schedule';

// Clinic time is the process's time zone; build local times so the tests hold in any TZ.
const at = (day: string, time: string) => new Date(`${day}T${time}:00`);
const plan = (overrides: Partial<ReminderPlan> = {}): ReminderPlan => ({
  enabled: true,
  time: '20:00',
  quietStart: null,
  quietEnd: null,
  countFrom: '2026-01-01',
  lastRemindedNight: null,
  ...overrides,
});
const recorded = (...nights: string[]) => new Set(nights);
// On 2026-03-10, "last night" is 2026-03-09; the nights before it are 08, 07, 06.
const allRecent = recorded('2026-03-08', '2026-03-07', '2026-03-06');

describe('decideReminder', () => {
  it('sends once the chosen time has come and last night is missing', () => {
    expect(decideReminder(plan(), at('2026-03-10', '19:59'), allRecent)).toEqual({ send: false, why: 'not_yet' });
    expect(decideReminder(plan(), at('2026-03-10', '20:00'), allRecent)).toEqual({ send: true, night: '2026-03-09' });
  });

  it('sends at most one reminder a night, and none when last night is recorded', () => {
    expect(decideReminder(plan({ lastRemindedNight: '2026-03-09' }), at('2026-03-10', '21:00'), allRecent)).toEqual({
      send: false,
      why: 'already_sent',
    });
    expect(decideReminder(plan(), at('2026-03-10', '21:00'), recorded('2026-03-09'))).toEqual({
      send: false,
      why: 'recorded',
    });
  });

  it('holds a reminder through quiet hours, including hours that wrap past midnight', () => {
    const quiet = plan({ time: '07:00', quietStart: '22:00', quietEnd: '08:00' });
    expect(decideReminder(quiet, at('2026-03-10', '07:30'), allRecent)).toEqual({ send: false, why: 'quiet_hours' });
    expect(decideReminder(quiet, at('2026-03-10', '08:00'), allRecent)).toEqual({ send: true, night: '2026-03-09' });
    expect(inQuietHours(23 * 60, '22:00', '08:00')).toBe(true);
    expect(inQuietHours(12 * 60, '22:00', '08:00')).toBe(false);
    expect(inQuietHours(13 * 60, '12:00', '14:00')).toBe(true);
    expect(inQuietHours(13 * 60, '12:00', '12:00')).toBe(false);
  });

  it('pauses after three missed nights in a row, counting only nights since reminders began', () => {
    const now = at('2026-03-10', '20:30');
    expect(decideReminder(plan(), now, recorded())).toEqual({ send: false, why: 'paused' });
    expect(decideReminder(plan(), now, recorded('2026-03-05'))).toEqual({ send: false, why: 'paused' });
    expect(decideReminder(plan(), now, recorded('2026-03-06'))).toEqual({ send: true, night: '2026-03-09' });
    expect(decideReminder(plan(), now, recorded('2026-03-07'))).toEqual({ send: true, night: '2026-03-09' });
    expect(decideReminder(plan({ countFrom: '2026-03-08' }), now, recorded())).toEqual({
      send: true,
      night: '2026-03-09',
    });
    // Any newer entry ends the pause, even one for tonight.
    expect(decideReminder(plan(), now, recorded('2026-03-10'))).toEqual({ send: true, night: '2026-03-09' });
  });

  it('sends nothing when reminders are off', () => {
    expect(decideReminder(plan({ enabled: false }), at('2026-03-10', '21:00'), allRecent)).toEqual({
      send: false,
      why: 'disabled',
    });
  });
});
