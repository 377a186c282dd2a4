export {
  compareNightGroups,
  computeInsights,
  defaultWindow,
  lookbackStart,
  resolveWindow,
  verdictFor,
  type GroupComparison,
  DEFAULT_WINDOW_NIGHTS,
  MIN_NIGHTS_PER_GROUP,
} from './compare';
export { hydrationThreshold, NEW_MEDICINE_NIGHTS, type InsightNight } from './factors';
export { newcombeDifference, normalQuantile, welchInterval, wilsonInterval, CONFIDENCE } from './intervals';
export * from './types';
export {
  computeExperimentResult,
  experimentEndNight,
  experimentNightNumber,
  experimentWindows,
  followsHabit,
  isExperimentDue,
  isExperimentFactor,
  EXPERIMENT_FACTORS,
  EXPERIMENT_NIGHTS,
  EXPERIMENT_STATUSES,
  type ExperimentFactor,
  type ExperimentNights,
  type ExperimentRecord,
  type ExperimentResult,
  type ExperimentStatus,
  type ExperimentWindows,
} from './experiment';
