'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/** Marks one notification read (or all, with `all`) through the API, then refreshes the list and the bell. */
export function MarkReadButton({ id, all = false }: { id?: string; all?: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const markRead = async () => {
    setBusy(true);
    setFailed(false);
    const targets = all
      ? (
          (await (await fetch('/api/v1/notifications', { cache: 'no-store' })).json()) as {
            notifications: { id: string; read_at: string | null }[];
          }
        ).notifications
          .filter((n) => !n.read_at)
          .map((n) => n.id)
      : [id ?? ''];
    const results = await Promise.all(
      targets.map((target) => fetch(`/api/v1/notifications/${target}/read`, { method: 'POST' })),
    );
    setBusy(false);
    if (results.some((r) => !r.ok)) setFailed(true);
    window.dispatchEvent(new Event('calfwatch:notifications-changed'));
    router.refresh();
  };
  return (
    <>
      <Button type="button" onClick={markRead} disabled={busy} variant="secondary" size="sm">
        {all ? 'Mark all as read' : 'Mark as read'}
      </Button>
      {failed && (
        <span role="status" className="ml-2 text-sm text-red-700">
          Could not mark as read. Try again.
        </span>
      )}
    </>
  );
}
