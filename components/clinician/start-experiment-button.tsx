'use client';

import { useState, useTransition } from 'react';
import { startPatientExperimentAction } from '@/app/(clinician)/clinician/actions';
import { Button } from '@/components/ui/button';
import type { ExperimentFactor } from '@/lib/insights/experiment';

/** The care team starts a two-week experiment for the patient; the page refreshes from the server. */
export function StartExperimentButton({
  patientId,
  factor,
  label,
}: {
  patientId: string;
  factor: ExperimentFactor;
  label: string;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={pending}
        onClick={() => {
          setError(null);
          startTransition(async () => {
            const result = await startPatientExperimentAction({ patientId, factor });
            if (!result.ok) setError(result.message);
          });
        }}
      >
        {pending ? 'Starting…' : label}
      </Button>
      {error ? (
        <p role="status" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
