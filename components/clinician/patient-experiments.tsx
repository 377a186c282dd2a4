import type { ExperimentRecord } from '@/lib/insights/experiment';
import { EXPERIMENT_FACTORS } from '@/lib/insights/experiment';
import { formatDate } from '@/lib/presentation/format';
import { clinicianExperimentStatus, EXPERIMENT_SHORT_LABELS } from '@/lib/presentation/experiments';
import {
  formatMeanPain,
  formatPainDifference,
  formatPainNights,
  formatRateDifference,
  INSIGHT_VERDICT_LABELS,
} from '@/lib/presentation/insights';
import { StartExperimentButton } from './start-experiment-button';

/**
 * The patient's guided two-week experiments for the care team: each one's
 * dates, status and, once finished, the 14 nights against the 14 before with
 * exact counts, both 95% intervals and the verdict; and a button to start one.
 */
export function PatientExperiments({
  patientId,
  experiments,
  today,
  canStart,
}: {
  patientId: string;
  experiments: ExperimentRecord[];
  today: string;
  canStart: boolean;
}) {
  const running = experiments.some((experiment) => experiment.status === 'running');
  return (
    <div className="space-y-3" data-testid="patient-experiments">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id="experiments-heading" className="text-lg font-semibold">
          Two-week experiments
        </h3>
        {canStart && !running
          ? EXPERIMENT_FACTORS.map((factor) => (
              <StartExperimentButton
                key={factor}
                patientId={patientId}
                factor={factor}
                label="Start stretching experiment"
              />
            ))
          : null}
      </div>
      <p className="text-sm text-slate-600">
        14 nights with the habit every night against the 14 nights before (all recorded nights of each period).
        Difference = during minus before; the same intervals and verdict rules as the insights.
      </p>
      {experiments.length === 0 ? (
        <p className="text-sm text-slate-700">No experiments yet.</p>
      ) : (
        <div
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
          role="region"
          aria-label="Experiments table (scrolls sideways on small screens)"
          tabIndex={0}
        >
          <table className="w-full min-w-[52rem] text-left text-sm">
            <caption className="sr-only">Two-week experiments</caption>
            <thead className="bg-slate-50">
              <tr>
                {[
                  'Experiment',
                  'Status',
                  'During: pain nights; mean worst pain',
                  'Before: pain nights; mean worst pain',
                  'Pain-night rate difference',
                  'Mean worst pain difference',
                  'Verdict',
                ].map((title) => (
                  <th key={title} scope="col" className="px-3 py-2 font-medium">
                    {title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {experiments.map((experiment) => (
                <ExperimentRow key={experiment.id} experiment={experiment} today={today} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function ExperimentRow({ experiment, today }: { experiment: ExperimentRecord; today: string }) {
  const { result } = experiment;
  return (
    <tr className="border-t border-slate-100 align-top" data-testid="experiment-row" data-status={experiment.status}>
      <th scope="row" className="px-3 py-2 font-medium">
        {EXPERIMENT_SHORT_LABELS[experiment.factor]}
        <span className="block text-xs font-normal text-slate-600">
          nights {formatDate(experiment.start_night)} to {formatDate(experiment.end_night)}; started by{' '}
          {experiment.started_by_name}
        </span>
      </th>
      <td className="px-3 py-2">
        {clinicianExperimentStatus(experiment, today)}
        {result ? (
          <span className="block text-xs text-slate-600">
            habit kept on {result.followed_nights} of {result.with.nights} nights
          </span>
        ) : null}
      </td>
      <td className="px-3 py-2">
        {result ? `${formatPainNights(result.with)}; mean ${formatMeanPain(result.with.mean_worst_pain)}` : '—'}
      </td>
      <td className="px-3 py-2">
        {result ? `${formatPainNights(result.without)}; mean ${formatMeanPain(result.without.mean_worst_pain)}` : '—'}
      </td>
      <td className="px-3 py-2">{result ? formatRateDifference(result.difference) : '—'}</td>
      <td className="px-3 py-2">{result ? formatPainDifference(result.worst_pain_difference) : '—'}</td>
      <td className="px-3 py-2">{result ? INSIGHT_VERDICT_LABELS[result.verdict] : '—'}</td>
    </tr>
  );
}
