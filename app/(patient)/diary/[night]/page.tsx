import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { DiaryForm } from '@/components/diary/diary-form';
import { EntrySummary } from '@/components/diary/entry-summary';
import { formatNightLong } from '@/lib/presentation/format';
import { emptyValues, entryToValues } from '@/components/diary/form-values';
import { getOwnEntry, getOwnNightBounds } from '@/lib/dal/diary-entries';
import { requirePagePermission } from '@/lib/dal/session';
import { addDays, isValidNight } from '@/lib/rules/nights';
import { isEditableNight, nightOfProblem } from '@/lib/validation/diary';
import { saveNightAction } from '../actions';

type Props = { params: Promise<{ night: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { night } = await props.params;
  return { title: isValidNight(night) ? `Night of ${night}` : 'Night' };
}

export default async function NightPage(props: Props) {
  const actor = await requirePagePermission('diary:own');
  const { night } = await props.params;
  if (!isValidNight(night)) notFound();
  const db = await getDb();
  const bounds = await getOwnNightBounds(db, actor);
  const detail = await getOwnEntry(db, actor, night);
  if (!detail && nightOfProblem(night, bounds)) notFound();

  if (detail && !isEditableNight(night, bounds)) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-semibold">{formatNightLong(night)}</h1>
        <p className="rounded-md bg-slate-100 px-3 py-2 text-slate-800" data-testid="locked-note">
          This night is more than 7 days ago, so it can no longer be changed.
        </p>
        <EntrySummary entry={detail.entry} />
        <Link href="/diary" className="font-medium text-brand-700 underline">
          Back to my diary
        </Link>
      </div>
    );
  }

  const editing = Boolean(detail);
  return (
    <div className="mx-auto max-w-2xl">
      <DiaryForm
        header={
          <div>
            <h1 className="text-2xl font-semibold">{formatNightLong(night)}</h1>
            <p className="mt-1 text-slate-700">
              {editing
                ? `You can change this night until ${formatNightLong(addDays(night, 7))}. Your earlier answers are kept.`
                : 'Nothing saved for this night yet. Only worst pain and which leg are needed.'}
            </p>
            {detail && detail.earlierVersions.length > 0 ? (
              <p className="mt-1 text-sm text-slate-600" data-testid="version-note">
                Changed {detail.earlierVersions.length} {detail.earlierVersions.length === 1 ? 'time' : 'times'}; every
                earlier version is kept in your record.
              </p>
            ) : null}
          </div>
        }
        initial={detail ? entryToValues(detail.entry) : emptyValues(night)}
        draftKey={`calfwatch-draft:${actor.patientId}:${night}`}
        bounds={bounds}
        fixedNight
        save={saveNightAction}
      />
    </div>
  );
}
