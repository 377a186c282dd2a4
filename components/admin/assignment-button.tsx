'use client';

import { useState, useTransition } from 'react';
import { setAssignmentAction } from '@/app/(admin)/admin/users/actions';
import { Button } from '@/components/ui/button';

/** Adds a patient to, or removes them from, a clinician's care team; `label` names both people for screen readers. */
export function AssignmentButton({
  clinicianUserId,
  patientId,
  assign,
  label,
}: {
  clinicianUserId: string;
  patientId: string;
  assign: boolean;
  label: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <Button
        type="button"
        aria-label={label}
        disabled={isPending}
        variant={assign ? 'secondary' : 'danger'}
        className="!px-2.5 !py-1"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await setAssignmentAction({ clinicianUserId, patientId, assigned: assign });
            if (!result.ok) setError(result.message);
          })
        }
      >
        {isPending ? 'Saving…' : assign ? 'Add' : 'Remove'}
      </Button>
      {error ? (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
