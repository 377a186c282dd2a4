import { versionHistory, type VersionStep } from '@/lib/presentation/entry-versions';
import { formatDateTime } from '@/lib/presentation/format';
import type { ClinicianEntry, EntryVersion } from '@/lib/views/types';

/** An entry as the entries table receives it: dates already formatted on the server (one time zone). */
export interface EntryRow extends ClinicianEntry {
  updated_label: string;
  history: (VersionStep & { recorded_label: string })[];
}

/** Entries with their version history, formatted here on the server so every viewer sees the clinic's time zone. */
export function toEntryRows(entries: readonly ClinicianEntry[], versions: readonly EntryVersion[]): EntryRow[] {
  return entries.map((entry) => ({
    ...entry,
    updated_label: formatDateTime(entry.updated_at),
    history: entry.edited
      ? versionHistory(entry, versions).map((step) => ({ ...step, recorded_label: formatDateTime(step.recorded_at) }))
      : [],
  }));
}
