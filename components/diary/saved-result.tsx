'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { PatientFlag } from '@/lib/dal/patient-messages';
import { formatNightLong } from '@/lib/presentation/format';
import { SafetyMessages } from './safety-messages';

export interface SaveOutcome {
  created: boolean;
  night: string;
  flags: PatientFlag[];
}

const ACTION_TIERS = new Set(['emergency', 'urgent', 'soon']);

/**
 * Shown the moment a night is saved: what to do about any warning sign first
 * (an emergency above everything else), then the confirmation.
 */
export function SavedResult({ outcome }: { outcome: SaveOutcome }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const needsAction = outcome.flags.some((flag) => ACTION_TIERS.has(flag.tier));
  const hasEmergency = outcome.flags.some((flag) => flag.tier === 'emergency');
  useEffect(() => {
    // The emergency alert announces itself; otherwise move focus to the confirmation.
    if (!hasEmergency) headingRef.current?.focus();
  }, [hasEmergency]);
  return (
    <div className="space-y-5" data-testid="saved-result">
      <h1 className="sr-only">Night saved</h1>
      <SafetyMessages flags={outcome.flags} announce />
      <div role="status" className="rounded-lg border border-brand-100 bg-white p-4 sm:p-5">
        <h2 ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-brand-800 outline-none">
          {outcome.created ? 'Saved' : 'Changes saved'}: {formatNightLong(outcome.night)}
        </h2>
        <p className="mt-2 text-slate-700">
          {needsAction
            ? 'Your care team can see this night too, but please do what the message above says now.'
            : 'Thank you. Nothing you told us needs action now. Your care team can see your diary.'}
        </p>
        {outcome.created ? null : (
          <p className="mt-1 text-sm text-slate-600">Your earlier answers for this night are kept in your record.</p>
        )}
        <ul className="mt-4 flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-4">
          <li>
            <Link href="/diary" className="font-medium text-brand-700 underline">
              Go to my diary
            </Link>
          </li>
          <li>
            <Link href={`/diary/${outcome.night}`} className="font-medium text-brand-700 underline">
              Change this night
            </Link>
          </li>
          <li>
            <Link href="/guide" className="font-medium text-brand-700 underline">
              Self-care guide
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
