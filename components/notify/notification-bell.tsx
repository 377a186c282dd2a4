'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';

/** How often the bell asks for new notifications; also on returning to the tab. */
const POLL_MS = 10_000;

/** The clinician header's bell: unread count, kept current by polling GET /api/v1/notifications. */
export function NotificationBell() {
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    let stopped = false;
    const refresh = async () => {
      try {
        const response = await fetch('/api/v1/notifications', { cache: 'no-store' });
        if (!response.ok) return;
        const body = (await response.json()) as { unread_count: number };
        if (!stopped) setUnread(body.unread_count);
      } catch {
        // Offline for a moment: keep the last count.
      }
    };
    void refresh();
    const timer = setInterval(refresh, POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    const onChanged = () => void refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('calfwatch:notifications-changed', onChanged);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('calfwatch:notifications-changed', onChanged);
    };
  }, []);
  const count = unread ?? 0;
  return (
    <Link
      href="/clinician/notifications"
      data-testid="notification-bell"
      aria-label={count > 0 ? `Notifications: ${count} unread` : 'Notifications: none unread'}
      className="relative inline-flex items-center rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 fill-none stroke-current stroke-2 text-slate-700">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span
          data-testid="unread-count"
          className="ml-1 rounded-full bg-red-700 px-1.5 text-xs font-semibold leading-5 text-white"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
