'use client';

import { useId, useRef, useState, useTransition } from 'react';
import { addNoteAction } from '@/app/(clinician)/clinician/actions';
import { Button } from '@/components/ui/button';

/** Adds a clinical note; the list above refreshes from the server once it is saved. */
export function NoteForm({ patientId }: { patientId: string }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldId = useId();
  const errorId = useId();

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
    <form
      ref={formRef}
      onSubmit={submit}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      noValidate
    >
      <label htmlFor={fieldId} className="block font-medium">
        New note
      </label>
      <textarea
        id={fieldId}
        name="body"
        rows={3}
        maxLength={4000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      {error ? (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
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
