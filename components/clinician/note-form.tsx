'use client';

import { useId, useRef, useState, useTransition } from 'react';
import { addNoteAction } from '@/app/(clinician)/clinician/actions';
import { Button } from '@/components/ui/button';
import { cardVariants } from '@/components/ui/card';
import { Field, Textarea } from '@/components/ui/field';

/** Adds a clinical note; the list above refreshes from the server once it is saved. */
export function NoteForm({ patientId }: { patientId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldId = useId();

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = String(new FormData(event.currentTarget).get('body') ?? '');
    if (body.trim() === '') {
      setError('Write the note first.');
      return;
    }
    setError(null);
    setSaved(false);
    startTransition(async () => {
      const result = await addNoteAction({ patientId, body });
      if (!result.ok) {
        setError(result.fieldErrors.body ?? result.message);
        return;
      }
      formRef.current?.reset();
      setSaved(true);
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} className={cardVariants({ className: 'space-y-2' })} noValidate>
      <Field id={fieldId} label="New note" error={error ?? undefined}>
        {(control) => <Textarea {...control} name="body" rows={3} maxLength={4000} />}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending} size="sm">
          {pending ? 'Saving…' : 'Add note'}
        </Button>
        <p className="text-sm text-slate-600" aria-live="polite">
          {saved && !pending ? 'Note saved.' : ''}
        </p>
      </div>
    </form>
  );
}
