'use client';

import { useTransition } from 'react';
import { startEnrolmentAction } from '@/app/(account)/account/security/actions';
import { Button } from '@/components/ui/button';

/** First enrolment: nothing to prove yet beyond the password this session signed in with. */
export function StartEnrolmentButton() {
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      disabled={isPending}
      onClick={() => startTransition(async () => void (await startEnrolmentAction({ code: '' })))}
      variant="primary"
    >
      {isPending ? 'Preparing…' : 'Set up an authenticator app'}
    </Button>
  );
}
