'use client';

import type { Ref } from 'react';

/** Where each field code's error should take the patient. */
const TARGETS: Record<string, string> = {
  worst_pain: 'field-worst_pain',
  side: 'field-side',
  sleep_quality: 'field-sleep_quality',
  patterns: 'field-patterns',
  relief: 'field-relief',
  symptoms: 'field-symptoms',
  conditions: 'field-conditions',
  medicines: 'field-medicines',
};

/** Problems are listed in the order the fields appear, whatever order they were found in. */
const FORM_ORDER = [
  'night_of',
  'woke_from_pain',
  'worst_pain',
  'side',
  'episodes',
  'longest_episode_minutes',
  'total_minutes',
  'patterns',
  'relief',
  'symptoms',
  'sleep_quality',
  'minutes_awake',
  'hydration_glasses',
  'notes',
  'conditions',
  'medicines',
  'pregnancy_due_date',
];

function formPosition(field: string): number {
  const index = FORM_ORDER.indexOf(field);
  return index === -1 ? FORM_ORDER.length : index;
}

/**
 * The list of problems at the top of the form, focused after a failed save so
 * a screen reader hears it; each item jumps to its field.
 */
export function ErrorSummary({
  ref,
  message,
  errors,
}: {
  ref: Ref<HTMLDivElement>;
  message: string | null;
  errors: Record<string, string>;
}) {
  const entries = Object.entries(errors).sort(([a], [b]) => formPosition(a) - formPosition(b));
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      {message ? (
        <div
          role="alert"
          data-testid="form-errors"
          className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-red-900"
        >
          <p className="font-semibold">{message}</p>
          {entries.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {entries.map(([field, text]) => (
                <li key={field}>
                  {field === '_' ? (
                    text
                  ) : (
                    <a href={`#${TARGETS[field] ?? field}`} className="underline">
                      {text}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
