import { format } from 'date-fns';

/** A time for an administrator's table, in the clinic's time zone, to the second. */
export function formatTimestamp(at: Date): string {
  return format(at, 'yyyy-MM-dd HH:mm:ss');
}

/** A duration a person reads at a glance: "under a minute", "42 min", "5 h 30 min", "3.5 days". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '—';
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.round((seconds / 86_400) * 10) / 10;
  return `${days} days`;
}

/** "3 of 4 (75%)", or "—" when nothing was raised. */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) return '—';
  return `${part} of ${whole} (${Math.round((part / whole) * 100)}%)`;
}

/** An audit event's detail as short `key: value` text; nested values as compact JSON. */
export function describeDetail(detail: Record<string, unknown> | null): string {
  if (!detail) return '';
  return Object.entries(detail)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${key.replace(/_/g, ' ')}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}
