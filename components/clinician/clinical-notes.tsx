import { formatDateTime } from '@/lib/presentation/format';
import type { ClinicalNoteView } from '@/lib/views/types';
import { NoteForm } from './note-form';
import { cardVariants } from '@/components/ui/card';

/** Clinical notes on a patient, newest first, and a form to add one. */
export function ClinicalNotes({ patientId, notes }: { patientId: string; notes: ClinicalNoteView[] }) {
  return (
    <div className="space-y-4">
      <NoteForm patientId={patientId} />
      {notes.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-600">No notes yet.</p>
      ) : (
        <ol className="space-y-3" aria-label="Clinical notes">
          {notes.map((note) => (
            <li key={note.id} className={cardVariants()} data-testid="clinical-note">
              <p className="text-sm text-slate-600">
                <span className="font-medium text-slate-800">{note.author_name}</span> ·{' '}
                <time dateTime={note.created_at}>{formatDateTime(note.created_at)}</time>
              </p>
              <p className="mt-1 whitespace-pre-wrap break-words">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
