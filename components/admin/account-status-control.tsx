'use client';

import { useState, useTransition } from 'react';
import { setAccountActiveAction } from '@/app/(admin)/admin/users/actions';
import { ErrorNote } from './flash';
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass } from './styles';

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
        <button type="button" className={primaryButtonClass} disabled={isPending} onClick={() => change(true)}>
          {isPending ? 'Reactivating…' : 'Reactivate account'}
        </button>
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
            <button type="button" className={dangerButtonClass} disabled={isPending} onClick={() => change(false)}>
              {isPending ? 'Deactivating…' : 'Yes, deactivate'}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setConfirming(false)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={dangerButtonClass} onClick={() => setConfirming(true)}>
          Deactivate account
        </button>
      )}
    </div>
  );
}
