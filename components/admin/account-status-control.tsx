'use client';

import { useState, useTransition } from 'react';
import { setAccountActiveAction } from '@/app/(admin)/admin/users/actions';
import { ErrorNote } from './flash';
import { Button } from '@/components/ui/button';

/**
 * Deactivate (after a confirmation step) or reactivate an account. The page
 * re-renders with the new status when the action revalidates it.
 */
export function AccountStatusControl({ userId, name, active }: { userId: string; name: string; active: boolean }) {
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function change(nextActive: boolean) {
    setError(null);
    startTransition(async () => {
      const result = await setAccountActiveAction({ userId, active: nextActive });
      if (!result.ok) setError(result.message);
      setConfirming(false);
    });
  }

  if (!active) {
    return (
      <div className="space-y-2">
        {error ? <ErrorNote>{error}</ErrorNote> : null}
        <Button type="button" variant="primary" disabled={isPending} onClick={() => change(true)}>
          {isPending ? 'Reactivating…' : 'Reactivate account'}
        </Button>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      {isConfirming ? (
        <div role="group" aria-label="Confirm deactivation" className="space-y-2">
          <p className="text-sm text-slate-800">
            Deactivate {name}? They are signed out at once and cannot sign in until reactivated.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="danger" disabled={isPending} onClick={() => change(false)}>
              {isPending ? 'Deactivating…' : 'Yes, deactivate'}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <Button type="button" variant="danger" onClick={() => setConfirming(true)}>
          Deactivate account
        </Button>
      )}
    </div>
  );
}
