'use client';

import { useState, useTransition } from 'react';
import { setAssignmentAction } from '@/app/(admin)/admin/users/actions';
import { ErrorNote } from './flash';
import { Field, Select } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

export interface ClinicianOption {
  user_id: string;
  name: string;
  email: string;
  active: boolean;
}

/** Puts a patient on the care team of a clinician chosen from a list (clinics have few clinicians). */
export function ClinicianPicker({ patientId, options }: { patientId: string; options: ClinicianOption[] }) {
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  if (options.length === 0) {
    return <p className="text-sm text-slate-600">Every clinician already cares for this patient.</p>;
  }
  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return setError('Choose a clinician first.');
        startTransition(async () => {
          setError(null);
          const result = await setAssignmentAction({ clinicianUserId: chosen, patientId, assigned: true });
          if (result.ok) setChosen('');
          else setError(result.message);
        });
      }}
    >
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <Field id="add-clinician" label="Add to the care team of" className="grow">
          {(control) => (
            <Select {...control} value={chosen} onChange={(event) => setChosen(event.target.value)}>
              <option value="">Choose a clinician…</option>
              {options.map((option) => (
                <option key={option.user_id} value={option.user_id}>
                  {option.name} ({option.email}){option.active ? '' : ' — deactivated'}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" disabled={isPending} variant="secondary">
          {isPending ? 'Adding…' : 'Add to care team'}
        </Button>
      </div>
    </form>
  );
}
