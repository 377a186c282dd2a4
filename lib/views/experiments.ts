import type { ExperimentFactor, ExperimentNights, ExperimentResult, ExperimentStatus } from '../insights/experiment';
import type { Interval, NightGroup } from '../insights/types';
import { roundGroup, roundInterval } from './rounding';

/** A finished experiment's result as the API sends it: proportions to 4 dp, means to 2. */
export interface ExperimentResultBody {
  /** The experiment's 14 nights (`with`) and the 14 before (`without`), with the nights each recorded. */
  during: ExperimentNights;
  before: ExperimentNights;
  followed_nights: number;
  with: NightGroup;
  without: NightGroup;
  difference: Interval | null;
  worst_pain_difference: Interval | null;
  verdict: ExperimentResult['verdict'];
}

/** Exactly the fields issue 13 names for `{ "experiment": … }`. */
export interface ExperimentBody {
  id: string;
  factor: ExperimentFactor;
  start_night: string;
  end_night: string;
  status: ExperimentStatus;
  result: ExperimentResultBody | null;
}

/** The data layer's record trimmed to the API's shape. */
export function toExperimentBody(record: {
  id: string;
  factor: ExperimentFactor;
  start_night: string;
  end_night: string;
  status: ExperimentStatus;
  result: ExperimentResult | null;
}): ExperimentBody {
  return {
    id: record.id,
    factor: record.factor,
    start_night: record.start_night,
    end_night: record.end_night,
    status: record.status,
    result: record.result ? toResultBody(record.result) : null,
  };
}

function toResultBody(result: ExperimentResult): ExperimentResultBody {
  return {
    during: nightsOf(result.during),
    before: nightsOf(result.before),
    followed_nights: result.followed_nights,
    with: roundGroup(result.with),
    without: roundGroup(result.without),
    difference: result.difference ? roundInterval(result.difference, 4) : null,
    worst_pain_difference: result.worst_pain_difference ? roundInterval(result.worst_pain_difference, 2) : null,
    verdict: result.verdict,
  };
}

function nightsOf(nights: ExperimentNights): ExperimentNights {
  return { from: nights.from, to: nights.to, recorded: [...nights.recorded] };
}
