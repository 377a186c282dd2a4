'use client';

import { useTransition } from 'react';
import { startEnrolmentAction } from '@/app/(account)/account/security/actions';
import { primaryButtonClass } from '@/components/admin/styles';

/** First enrolment: nothing to prove yet beyond the password this session signed in with. */
export function StartEnrolmentButton() {
  const [isPending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={isPending}
      onClick={() => startTransition(async () => void (await startEnrolmentAction({ code: '' })))}
      className={primaryButtonClass}
    >
      {isPending ? 'Preparing…' : 'Set up an authenticator app'}
    </button>
  );
}
