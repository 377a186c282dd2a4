'use client';

import { useState, useTransition } from 'react';
import { resetSecondFactorAction } from '@/app/(admin)/admin/users/actions';
import { ErrorNote, Flash } from './flash';
import { Button } from '@/components/ui/button';

/** Resets an account's second factor; the page re-renders without it when the action revalidates it. */
export function SecondFactorReset({ userId, enrolled }: { userId: string; enrolled: boolean }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  function reset() {
    startTransition(async () => {
      const result = await resetSecondFactorAction({ userId });
      setMessage(
        result.ok
          ? {
              ok: true,
              text: 'Second factor removed. They have been signed out everywhere and sign in with their password next.',
            }
          : { ok: false, text: result.message },
      );
    });
  }
  return (
    <div className="space-y-2">
      {message ? message.ok ? <Flash>{message.text}</Flash> : <ErrorNote>{message.text}</ErrorNote> : null}
      {enrolled ? (
        <Button type="button" variant="danger" disabled={isPending} onClick={reset}>
          {isPending ? 'Resetting…' : 'Reset second factor'}
        </Button>
      ) : null}
    </div>
  );
}
