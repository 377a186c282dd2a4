'use client';

import { useActionState } from 'react';
import { resetPasswordAction } from '@/app/(admin)/admin/users/actions';
import { ErrorNote, Flash } from './flash';
import { TextField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

interface State {
  message: string | null;
  fieldErrors: Record<string, string>;
  done: boolean;
}

/** Sets a new password for someone who lost theirs; their open sessions end. The password is never echoed back. */
export function PasswordResetForm({ userId, minPasswordLength }: { userId: string; minPasswordLength: number }) {
  const [state, formAction, isPending] = useActionState(
    async (_previous: State, formData: FormData): Promise<State> => {
      const result = await resetPasswordAction({ userId, password: String(formData.get('new-password') ?? '') });
      if (result.ok) return { message: null, fieldErrors: {}, done: true };
      return { message: result.message, fieldErrors: result.fieldErrors, done: false };
    },
    { message: null, fieldErrors: {}, done: false },
  );
  return (
    <form action={formAction} noValidate className="space-y-3">
      {state.done ? <Flash>Password changed. They have been signed out everywhere.</Flash> : null}
      {state.message && !state.fieldErrors.password ? <ErrorNote>{state.message}</ErrorNote> : null}
      <TextField
        id="new-password"
        label="New password"
        type="password"
        autoComplete="new-password"
        error={state.fieldErrors.password}
        hint={`At least ${minPasswordLength} characters; common passwords are refused.`}
      />
      <Button type="submit" disabled={isPending} variant="secondary">
        {isPending ? 'Saving…' : 'Set new password'}
      </Button>
    </form>
  );
}
