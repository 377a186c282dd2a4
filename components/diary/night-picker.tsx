'use client';

import Link from 'next/link';
import { isEditableNight, lastNight, type NightBounds } from '@/lib/validation/diary';
import { FieldError, Input } from '@/components/ui/field';
import { formatNightLong } from '@/lib/presentation/format';
import { cardVariants } from '@/components/ui/card';

/** Which night the entry is for; says so when that night is already in the diary. */
export function NightPicker(props: {
  value: string;
  error?: string;
  bounds: NightBounds;
  recordedNights: string[];
  onChange: (night: string) => void;
}) {
  const { value, error, bounds } = props;
  const recorded = props.recordedNights.includes(value);
  const editable = isEditableNight(value, bounds);
  const describedBy = ['night_of-hint', error ? 'night_of-error' : null, recorded ? 'night_of-recorded' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={cardVariants()}>
      <label htmlFor="night_of" className="block text-lg font-semibold text-brand-800">
        Which night?
      </label>
      <p id="night_of-hint" className="text-sm text-slate-700">
        The evening the night began. Last night was {formatNightLong(lastNight(bounds.today))}.
      </p>
      <Input
        id="night_of"
        large
        fit
        name="night_of"
        type="date"
        min={bounds.earliest}
        max={bounds.today}
        value={value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldError id="night_of">{error}</FieldError>
      {recorded ? (
        <p id="night_of-recorded" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
          {editable ? (
            <>
              You already saved this night. Saving again replaces it (the earlier answers are kept).{' '}
              <Link href={`/diary/${value}`} className="font-medium underline">
                Open the saved night
              </Link>
            </>
          ) : (
            'You already saved this night, and it is more than 7 days ago, so it can no longer be changed.'
          )}
        </p>
      ) : null}
    </div>
  );
}
