'use client';

import { useState, useTransition } from 'react';
import { abandonExperimentAction, startExperimentAction } from '@/app/(patient)/diary/insights/actions';
import { Button } from '@/components/ui/button';
import type { ExperimentFactor } from '@/lib/insights/experiment';

function ErrorLine({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="status" className="text-sm text-red-700">
      {message}
    </p>
  );
}

/** Starts the patient's experiment; the page refreshes from the server afterwards. */
export function StartExperimentButton({ factor, label }: { factor: ExperimentFactor; label: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        type="button"
        size="lg"
        disabled={pending}
        onClick={() => {
          setError(null);
          startTransition(async () => {
            const result = await startExperimentAction({ factor });
            if (!result.ok) setError(result.message);
          });
        }}
      >
        {pending ? 'Starting…' : `Start: ${label}`}
      </Button>
      <ErrorLine message={error} />
    </div>
  );
}

/** Stops the running experiment, after asking once more. */
export function AbandonExperimentButton({ id }: { id: string }) {
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!confirming) {
    return (
      <Button type="button" variant="danger" size="sm" onClick={() => setConfirming(true)}>
        Stop the experiment…
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-label="Stop the experiment?"
      className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3"
    >
      <p className="text-sm text-red-950">
        Stop now? The nights so far will not be compared. You can start a new one later.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="danger"
          size="sm"
          disabled={pending}
          autoFocus
          onClick={() => {
            setError(null);
            startTransition(async () => {
              const result = await abandonExperimentAction({ id });
              if (!result.ok) setError(result.message);
            });
          }}
        >
          {pending ? 'Stopping…' : 'Yes, stop it'}
        </Button>
        <Button type="button" variant="secondary" size="sm" disabled={pending} onClick={() => setConfirming(false)}>
          Keep going
        </Button>
      </div>
      <ErrorLine message={error} />
    </div>
  );
}
