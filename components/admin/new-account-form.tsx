'use client';

import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { createAccountAction } from '@/app/(admin)/admin/users/actions';
import { ErrorNote } from './flash';
import { Field, Select, TextField } from '@/components/ui/field';
import { RoleOptions } from './role-options';
import { Button } from '@/components/ui/button';
import { cardVariants } from '@/components/ui/card';

interface State {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: Record<string, string>;
}

const initialState: State = { message: null, fieldErrors: {}, values: {} };

/** Name, email, role and a first password; errors are shown beside each field and the password is never kept. */
export function NewAccountForm({ minPasswordLength }: { minPasswordLength: number }) {
  const router = useRouter();
  const [state, formAction, isPending] = useActionState(async (_previous: State, formData: FormData) => {
    const values = {
      name: String(formData.get('name') ?? ''),
      email: String(formData.get('email') ?? ''),
      role: String(formData.get('role') ?? ''),
    };
    const result = await createAccountAction({ ...values, password: String(formData.get('password') ?? '') });
    if (result.ok) {
      router.push(`/admin/users/${result.data.id}?created=1`);
      return { message: null, fieldErrors: {}, values };
    }
    return { message: result.message, fieldErrors: result.fieldErrors, values };
  }, initialState);
  const errors = state.fieldErrors;

  return (
    <form action={formAction} noValidate className={cardVariants({ className: 'space-y-4' })}>
      {state.message ? <ErrorNote>{state.message}</ErrorNote> : null}
      <TextField id="name" label="Full name" defaultValue={state.values.name} error={errors.name} autoComplete="off" />
      <TextField
        id="email"
        label="Email"
        type="email"
        defaultValue={state.values.email}
        error={errors.email}
        autoComplete="off"
      />
      <Field id="role" label="Role" error={errors.role}>
        {(control) => (
          <Select {...control} name="role" defaultValue={state.values.role || 'patient'}>
            <RoleOptions />
          </Select>
        )}
      </Field>
      <TextField
        id="password"
        label="First password"
        type="password"
        error={errors.password}
        autoComplete="new-password"
        hint={`At least ${minPasswordLength} characters. Common passwords are refused; a short phrase of unrelated words works well.`}
      />
      <Button type="submit" disabled={isPending} variant="primary">
        {isPending ? 'Creating…' : 'Create account'}
      </Button>
    </form>
  );
}
