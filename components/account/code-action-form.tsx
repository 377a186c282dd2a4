'use client';

import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { ErrorNote } from '@/components/admin/flash';
import { TextField } from '@/components/ui/field';
import type { ActionResult } from '@/lib/actions/action';
import { RecoveryCodes } from './recovery-codes';
import { Button } from '@/components/ui/button';

interface State {
  message: string | null;
  fieldErrors: Record<string, string>;
  codes: string[] | null;
}

/**
 * One code field and a button: confirms an enrolment, or proves the current
 * factor before changing it. Shows new recovery codes when the action returns
 * them, else refreshes the page.
 */
export function CodeActionForm({
  id,
  label,
  hint,
  button,
  danger = false,
  run,
}: {
  id: 'code' | 'currentCode';
  label: string;
  hint: string;
  button: string;
  danger?: boolean;
  run: (input: { code: string }) => Promise<ActionResult<{ codes: string[] | null }>>;
}) {
  const router = useRouter();
  const [state, formAction, isPending] = useActionState(
    async (_previous: State, formData: FormData): Promise<State> => {
      const result = await run({ code: String(formData.get(id) ?? '') });
      if (!result.ok) return { message: result.message, fieldErrors: result.fieldErrors, codes: null };
      if (!result.data.codes) router.refresh();
      return { message: null, fieldErrors: {}, codes: result.data.codes };
    },
    { message: null, fieldErrors: {}, codes: null },
  );
  if (state.codes) {
    return (
      <div className="space-y-3">
        <RecoveryCodes codes={state.codes} />
        <Button type="button" onClick={() => router.refresh()} variant="primary">
          I have saved them
        </Button>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-3">
      {state.message && !state.fieldErrors[id] ? <ErrorNote>{state.message}</ErrorNote> : null}
      <TextField id={id} label={label} hint={hint} autoComplete="one-time-code" error={state.fieldErrors[id]} />
      <Button type="submit" disabled={isPending} variant={danger ? 'danger' : 'primary'}>
        {isPending ? 'Working…' : button}
      </Button>
    </form>
  );
}
