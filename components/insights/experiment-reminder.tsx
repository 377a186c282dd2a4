import Link from 'next/link';
import type { ExperimentRecord } from '@/lib/dal/experiments';
import { experimentNightNumber } from '@/lib/insights/experiment';
import { EXPERIMENT_REMINDERS, EXPERIMENT_TITLES, experimentProgressLabel } from '@/lib/presentation/experiments';

/** The diary form's reminder while a two-week experiment runs. */
export function ExperimentReminder({ experiment, today }: { experiment: ExperimentRecord; today: string }) {
  const night = experimentNightNumber(experiment.start_night, today);
  return (
    <aside
      aria-label="Your experiment"
      className="mt-3 rounded-lg border border-brand-100 bg-brand-50 p-3 text-brand-800"
      data-testid="experiment-reminder"
    >
      <p className="font-semibold">
        {EXPERIMENT_TITLES[experiment.factor]}: {experimentProgressLabel(night).toLowerCase()}.
      </p>
      <p>{EXPERIMENT_REMINDERS[experiment.factor]}</p>
      <Link href="/diary/insights" className="text-sm font-medium underline">
        See your experiment
      </Link>
    </aside>
  );
}
