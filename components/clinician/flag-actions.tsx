'use client';

import { useId, useRef, useState, useTransition } from 'react';
import { acknowledgeFlagAction, resolveFlagAction } from '@/app/(clinician)/clinician/actions';
import type { FlagStatus } from '@/lib/views/types';
import { Button } from '@/components/ui/button';
import { Field, Textarea } from '@/components/ui/field';

interface FlagActionsProps {
  flagId: string;
  status: FlagStatus;
  /** Names the flag in button labels, e.g. "One-sided calf signs, Ann Lee". */
  context: string;
}

/** Acknowledge, and resolve with a note, for one flag; the page refreshes from the server afterwards. */
export function FlagActions({ flagId, status, context }: FlagActionsProps) {
  const [pending, startTransition] = useTransition();
  const [resolving, setResolving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [noteError, setNoteError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const noteId = useId();
  if (status === 'resolved') return null;

  function acknowledge() {
    setError(null);
    startTransition(async () => {
      const result = await acknowledgeFlagAction({ flagId });
      if (!result.ok) setError(result.message);
    });
  }

  function resolve(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = noteRef.current?.value ?? '';
    if (note.trim() === '') {
      setNoteError('Write what was done or decided before resolving.');
      noteRef.current?.focus();
      return;
    }
    setError(null);
    setNoteError(null);
    startTransition(async () => {
      const result = await resolveFlagAction({ flagId, note });
      if (result.ok) return;
      setNoteError(result.fieldErrors.note ?? null);
      setError(result.fieldErrors.note ? null : result.message);
    });
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {status === 'open' ? (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={acknowledge}
            disabled={pending}
            aria-label={`Acknowledge: ${context}`}
          >
            Acknowledge
          </Button>
        ) : null}
        {!resolving ? (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => setResolving(true)}
            disabled={pending}
            aria-label={`Resolve: ${context}`}
          >
            Resolve…
          </Button>
        ) : null}
      </div>
      {resolving ? (
        <form onSubmit={resolve} className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3" noValidate>
          <Field
            id={noteId}
            label={
              <>
                Resolution note <span className="font-normal text-slate-600">(required)</span>
              </>
            }
            error={noteError ?? undefined}
          >
            {(control) => (
              <Textarea {...control} ref={noteRef} name="note" rows={3} maxLength={2000} required autoFocus />
            )}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? 'Resolving…' : 'Resolve flag'}
            </Button>
            <Button
              type="button"
              variant="secondary"
              size="sm"
              onClick={() => {
                setResolving(false);
                setNoteError(null);
              }}
              disabled={pending}
            >
              Cancel
            </Button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p className="text-sm text-red-700" data-testid="flag-action-error" aria-live="assertive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
