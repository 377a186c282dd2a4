'use client';

import { useActionState, useState } from 'react';
import { loginAction, type LoginState } from './actions';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';

const initialState: LoginState = { message: null, email: '', step: 'password' };

/**
 * Email and password, then — for accounts with a second factor — a code step.
 * The password typed in the first step is kept in this component only, and
 * sent again with the code. "Use a different account" starts afresh.
 */
export function LoginForm() {
  const [attempt, setAttempt] = useState(0);
  return <LoginSteps key={attempt} onRestart={() => setAttempt((count) => count + 1)} />;
}

function LoginSteps({ onRestart }: { onRestart: () => void }) {
  const [state, formAction, isPending] = useActionState(loginAction, initialState);
  const [password, setPassword] = useState('');
  const error = state.message ? (
    <p
      role="alert"
      data-testid="login-error"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {state.message}
    </p>
  ) : null;

  if (state.step === 'code') {
    return (
      <form action={formAction} className="space-y-4" noValidate>
        {error}
        <p className="text-sm text-slate-700">
          Signing in as <strong className="break-all">{state.email}</strong>. Enter the 6-digit code from your
          authenticator app, or one of your recovery codes.
        </p>
        <input type="hidden" name="email" value={state.email} />
        <input type="hidden" name="password" value={password} />
        <Field id="otp" label="Authentication code">
          {(control) => (
            <Input
              {...control}
              name="otp"
              type="text"
              inputMode="text"
              autoComplete="one-time-code"
              autoFocus
              required
            />
          )}
        </Field>
        <Button type="submit" disabled={isPending} className="w-full">
          {isPending ? 'Checking…' : 'Verify'}
        </Button>
        <button type="button" onClick={onRestart} className="w-full text-sm text-brand-700 hover:underline">
          Use a different account
        </button>
      </form>
    );
  }

  return (
    <form
      action={formAction}
      onSubmit={(event) => setPassword(String(new FormData(event.currentTarget).get('password') ?? ''))}
      className="space-y-4"
      noValidate
    >
      {error}
      <Field id="email" label="Email">
        {(control) => (
          <Input {...control} name="email" type="email" autoComplete="username" required defaultValue={state.email} />
        )}
      </Field>
      <Field id="password" label="Password">
        {(control) => <Input {...control} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <Button type="submit" disabled={isPending} className="w-full">
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
