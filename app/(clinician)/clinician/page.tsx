import type { Metadata } from 'next';
import { requirePagePermission } from '@/lib/dal/session';

export const metadata: Metadata = { title: 'Worklist' };

export default async function WorklistPage() {
  await requirePagePermission('flags:act');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Worklist</h1>
    </div>
  );
}
