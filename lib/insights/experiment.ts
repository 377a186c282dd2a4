import { addDays, compareNights, daysBetween, isWithin, type NightWindow } from '../rules/nights';
import { compareNightGroups, type GroupComparison } from './compare';
import type { InsightNight } from './factors';

/*
 * The guided two-week experiment (an N-of-1 trial): the patient keeps one habit
 * every night for 14 nights, and those nights are compared with the 14 nights
 * before the start, by the same counts, intervals and verdict rules as the
 * insights (docs/insights.md, "The two-week experiment"). Pure: no I/O, no clock.
 */

/** The habits an experiment can ask for; each is a diary field the patient ticks on the nights they did it. */
export const EXPERIMENT_FACTORS = ['stretched_before_bed'] as const;
export type ExperimentFactor = (typeof EXPERIMENT_FACTORS)[number];

/** running → finished (the 14 nights are over and the result is stored) or abandoned (by the patient). */
export const EXPERIMENT_STATUSES = ['running', 'finished', 'abandoned'] as const;
export type ExperimentStatus = (typeof EXPERIMENT_STATUSES)[number];

/** How many nights an experiment lasts, and how many nights before it it is compared with. */
export const EXPERIMENT_NIGHTS = 14;

export function isExperimentFactor(value: unknown): value is ExperimentFactor {
  return typeof value === 'string' && (EXPERIMENT_FACTORS as readonly string[]).includes(value);
}

/** The experiment's own nights (start … start+13) and the 14 nights before it (start−14 … start−1). */
export interface ExperimentWindows {
  during: NightWindow;
  before: NightWindow;
}

/** The last night of an experiment that starts on `startNight`. */
export function experimentEndNight(startNight: string): string {
  return addDays(startNight, EXPERIMENT_NIGHTS - 1);
}

/** The two windows an experiment compares. */
export function experimentWindows(startNight: string): ExperimentWindows {
  return {
    during: { from: startNight, to: experimentEndNight(startNight) },
    before: { from: addDays(startNight, -EXPERIMENT_NIGHTS), to: addDays(startNight, -1) },
  };
}

/**
 * Which night of the experiment `today` is (1 on the start night, 14 on the
 * last); 0 before the start, and 14 once the nights are over.
 */
export function experimentNightNumber(startNight: string, today: string): number {
  const n = daysBetween(startNight, today) + 1;
  return Math.max(0, Math.min(EXPERIMENT_NIGHTS, n));
}

/**
 * Whether a running experiment is ready to finish on `today`: its last night
 * is over (today is after it) and either that night is already in the diary,
 * or the whole day after it has passed too (the patient had that day to
 * record it). Nights recorded later do not change a stored result.
 */
export function isExperimentDue(endNight: string, today: string, endNightRecorded: boolean): boolean {
  if (today <= endNight) return false;
  return endNightRecorded || today > addDays(endNight, 1);
}

/** The nights one side of an experiment used: its window and the nights recorded in it, oldest first. */
export interface ExperimentNights extends NightWindow {
  recorded: string[];
}

/**
 * A finished experiment's result: the insights' comparison of the experiment
 * nights (`with`) against the 14 nights before (`without`), the nights each
 * side used, and on how many experiment nights the patient did the habit.
 */
export interface ExperimentResult extends GroupComparison {
  during: ExperimentNights;
  before: ExperimentNights;
  /** Experiment nights on which the diary records the habit (e.g. stretched before bed). */
  followed_nights: number;
}

/** Whether a night records the experiment's habit. */
export function followsHabit(factor: ExperimentFactor, night: InsightNight): boolean {
  switch (factor) {
    case 'stretched_before_bed':
      return night.stretched_before_bed;
  }
}

/**
 * The result of an experiment that started on `startNight`: every recorded
 * night in the 14-night experiment window against every recorded night in
 * the 14 before (whether or not the habit was kept: the comparison is of the
 * two periods, as planned). Nights outside both windows are ignored.
 */
export function computeExperimentResult(
  factor: ExperimentFactor,
  startNight: string,
  nights: readonly InsightNight[],
): ExperimentResult {
  const windows = experimentWindows(startNight);
  const sorted = [...nights].sort((a, b) => compareNights(a.night_of, b.night_of));
  const during = sorted.filter((night) => isWithin(night.night_of, windows.during));
  const before = sorted.filter((night) => isWithin(night.night_of, windows.before));
  return {
    ...compareNightGroups(during, before),
    during: { ...windows.during, recorded: during.map((night) => night.night_of) },
    before: { ...windows.before, recorded: before.map((night) => night.night_of) },
    followed_nights: during.filter((night) => followsHabit(factor, night)).length,
  };
}

/** A stored experiment as pages and the PDF show it (the API sends a trimmed copy, lib/views/experiments.ts). */
export interface ExperimentRecord {
  id: string;
  factor: ExperimentFactor;
  start_night: string;
  end_night: string;
  status: ExperimentStatus;
  /** Set once finished: the 14 nights against the 14 before, with the nights used. */
  result: ExperimentResult | null;
  started_at: Date;
  /** The patient, or the clinician who started it for them. */
  started_by_name: string;
  ended_at: Date | null;
  abandoned_at: Date | null;
}
