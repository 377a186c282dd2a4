import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { listOwnEntries } from '@/lib/dal/diary-entries';
import { requirePagePermission } from '@/lib/dal/session';

export const metadata: Metadata = { title: 'My diary' };

export default async function DiaryPage() {
  const actor = await requirePagePermission('diary:own');
  const entries = await listOwnEntries(await getDb(), actor);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">My diary</h1>
        <Link href="/diary/new" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Add last night
        </Link>
      </div>
      {entries.length === 0 ? (
        <p className="text-slate-600">No nights recorded yet. Add last night to start your diary.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Nights">
          {entries.map((entry) => (
            <li key={entry.id} className="flex items-center justify-between px-4 py-3">
              <span className="font-medium">{entry.nightOf}</span>
              <span className="text-slate-600">Worst pain {entry.worstPain}/10</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
