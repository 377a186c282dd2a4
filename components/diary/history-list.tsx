import Link from 'next/link';
import type { DiaryEntry } from '@/lib/diary/types';
import { addDays } from '@/lib/rules/nights';
import { isEditableNight, type NightBounds } from '@/lib/validation/diary';
import { PATTERN_COPY, SIDE_COPY } from './field-copy';
import { formatNight } from '@/lib/presentation/format';
import { Badge, type BadgeVariant } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/table';

function painBadge(worst: number): BadgeVariant {
  if (worst >= 7) return 'danger';
  if (worst >= 4) return 'caution';
  if (worst >= 1) return 'info';
  return 'neutral';
}

/** The patient's nights, newest first; nights that can still be changed say until when. */
export function HistoryList({ entries, bounds }: { entries: DiaryEntry[]; bounds: NightBounds }) {
  if (entries.length === 0) {
    return (
      <EmptyState data-testid="history-empty">
        No nights recorded in this period.{' '}
        <Link href="/diary/new" className="font-medium text-brand-700 underline">
          Add last night
        </Link>
      </EmptyState>
    );
  }
  return (
    <ul
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
      aria-label="Nights"
      data-testid="history"
    >
      {entries.map((entry) => {
        const editable = isEditableNight(entry.night_of, bounds);
        const felt = entry.patterns.map((code) => PATTERN_COPY[code].label.toLowerCase()).join(', ');
        return (
          <li key={entry.id} className="flex items-start justify-between gap-3 px-4 py-3" data-night={entry.night_of}>
            <div className="min-w-0">
              <p className="font-medium">{formatNight(entry.night_of)}</p>
              <p className="text-sm text-slate-600">
                {entry.episodes > 0 ? `${entry.episodes} × pain` : 'No episodes'}
                {entry.side !== 'none' ? ` · ${SIDE_COPY[entry.side].toLowerCase()}` : ''}
                {felt ? ` · ${felt}` : ''}
              </p>
              {editable ? (
                <p className="text-sm text-brand-700" data-testid="editable-mark">
                  Can change until {formatNight(addDays(entry.night_of, 7))}
                </p>
              ) : null}
            </div>
            <div className="flex shrink-0 flex-col items-end gap-2">
              <Badge variant={painBadge(entry.worst_pain)} size="md">
                Worst {entry.worst_pain}/10
              </Badge>
              {editable ? (
                <Link
                  href={`/diary/${entry.night_of}`}
                  className={buttonVariants({ variant: 'outline', size: 'sm' })}
                  aria-label={`Change ${formatNight(entry.night_of)}`}
                >
                  Change
                </Link>
              ) : (
                <Link
                  href={`/diary/${entry.night_of}`}
                  className="px-1 py-1 text-sm text-slate-700 underline"
                  aria-label={`View ${formatNight(entry.night_of)}`}
                >
                  View
                </Link>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
