import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { DiaryForm } from '@/components/diary/diary-form';
import { emptyValues } from '@/components/diary/form-values';
import { ExperimentReminder } from '@/components/insights/experiment-reminder';
import { getOwnNightBounds, listOwnEntries } from '@/lib/dal/diary-entries';
import { listOwnExperiments } from '@/lib/dal/experiments';
import { requirePagePermission } from '@/lib/dal/session';
import { addDays } from '@/lib/rules/nights';
import { lastNight, newNightQuerySchema, nightOfProblem } from '@/lib/validation/diary';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';
import { saveNightAction } from '../actions';

export const metadata: Metadata = { title: 'Add a night' };

/** How far back the form knows which nights are already recorded. */
const RECORDED_LOOKBACK_DAYS = 60;

export default async function NewNightPage(props: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('diary:own');
  const db = await getDb();
  const bounds = await getOwnNightBounds(db, actor);
  const requested = parseQueryLenient(newNightQuerySchema, await props.searchParams).night;
  // A bad or out-of-range ?night= falls back to last night instead of failing.
  const night = requested && !nightOfProblem(requested, bounds) ? requested : lastNight(bounds.today);
  const recorded = await listOwnEntries(db, actor, { from: addDays(bounds.today, -RECORDED_LOOKBACK_DAYS) });
  const running = (await listOwnExperiments(db, actor)).find((experiment) => experiment.status === 'running');
  return (
    <div className="mx-auto max-w-2xl">
      <DiaryForm
        header={
          <div>
            <h1 className="text-2xl font-semibold">Add a night</h1>
            <p className="mt-1 text-slate-700">
              About a minute. Only worst pain and which leg are needed; skip anything that does not apply.
            </p>
            {running ? <ExperimentReminder experiment={running} today={bounds.today} /> : null}
          </div>
        }
        initial={emptyValues(night)}
        draftKey={`calfwatch-draft:${actor.patientId}:new`}
        bounds={bounds}
        recordedNights={recorded.map((row) => row.nightOf)}
        save={saveNightAction}
      />
    </div>
  );
}
