import type { ExperimentRecord } from '@/lib/dal/experiments';
import { EXPERIMENT_FACTORS, EXPERIMENT_NIGHTS, experimentNightNumber } from '@/lib/insights/experiment';
import { formatDate } from '@/lib/presentation/format';
import {
  EXPERIMENT_HOW_TO,
  EXPERIMENT_STATUS_LABELS,
  EXPERIMENT_TITLES,
  experimentProgressLabel,
  patientExperimentSentences,
} from '@/lib/presentation/experiments';
import { AbandonExperimentButton, StartExperimentButton } from './experiment-buttons';

/**
 * The guided two-week experiment on /diary/insights: start one, see how far
 * it has got, stop it, and read finished ones in plain words.
 */
export function ExperimentSection({ experiments, today }: { experiments: ExperimentRecord[]; today: string }) {
  const running = experiments.find((experiment) => experiment.status === 'running');
  const finished = experiments.filter((experiment) => experiment.status === 'finished');
  const stopped = experiments.filter((experiment) => experiment.status === 'abandoned');
  return (
    <section
      aria-labelledby="experiment-heading"
      className="space-y-4 rounded-lg border border-brand-100 bg-white p-4"
      data-testid="experiment-section"
    >
      <h2 id="experiment-heading" className="text-lg font-semibold">
        Try it for two weeks
      </h2>
      {running ? (
        <RunningExperiment experiment={running} today={today} />
      ) : (
        EXPERIMENT_FACTORS.map((factor) => (
          <div key={factor} className="space-y-3">
            <p className="text-slate-800">{EXPERIMENT_HOW_TO[factor]}</p>
            <StartExperimentButton factor={factor} label={EXPERIMENT_TITLES[factor]} />
          </div>
        ))
      )}
      {finished.map((experiment) => (
        <FinishedExperiment key={experiment.id} experiment={experiment} />
      ))}
      {stopped.length > 0 ? (
        <ul className="space-y-1 text-sm text-slate-600">
          {stopped.map((experiment) => (
            <li key={experiment.id}>
              {EXPERIMENT_TITLES[experiment.factor]}, started {formatDate(experiment.start_night)}:{' '}
              {EXPERIMENT_STATUS_LABELS.abandoned.toLowerCase()}.
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function RunningExperiment({ experiment, today }: { experiment: ExperimentRecord; today: string }) {
  const night = experimentNightNumber(experiment.start_night, today);
  const over = today > experiment.end_night;
  return (
    <div className="space-y-3" data-testid="experiment-running">
      <h3 className="font-semibold">{EXPERIMENT_TITLES[experiment.factor]}</h3>
      <p className="text-2xl font-semibold text-brand-800" data-testid="experiment-progress">
        {over ? 'All 14 nights done' : experimentProgressLabel(night)}
      </p>
      <div
        role="progressbar"
        aria-label="Experiment nights"
        aria-valuemin={0}
        aria-valuemax={EXPERIMENT_NIGHTS}
        aria-valuenow={night}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full bg-brand-600" style={{ width: `${(night / EXPERIMENT_NIGHTS) * 100}%` }} />
      </div>
      <p className="text-slate-700">
        From the night of {formatDate(experiment.start_night)} to the night of {formatDate(experiment.end_night)}.{' '}
        {over
          ? 'Fill in your last night to see what you found.'
          : 'Fill in your diary each morning. We will show what you found when the 14 nights are over.'}
      </p>
      <p className="text-slate-700">{EXPERIMENT_HOW_TO[experiment.factor]}</p>
      <AbandonExperimentButton id={experiment.id} />
    </div>
  );
}

function FinishedExperiment({ experiment }: { experiment: ExperimentRecord }) {
  if (!experiment.result) return null;
  return (
    <article
      className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      data-testid="experiment-finished"
      data-verdict={experiment.result.verdict}
    >
      <h3 className="font-semibold">
        What you found: {EXPERIMENT_TITLES[experiment.factor].toLowerCase()}, {formatDate(experiment.start_night)} to{' '}
        {formatDate(experiment.end_night)}
      </h3>
      {patientExperimentSentences(experiment.factor, experiment.result).map((sentence) => (
        <p key={sentence} className="text-slate-800">
          {sentence}
        </p>
      ))}
    </article>
  );
}
