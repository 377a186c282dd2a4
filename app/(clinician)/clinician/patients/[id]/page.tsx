import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { ClinicalNotes } from '@/components/clinician/clinical-notes';
import { EntriesPager } from '@/components/clinician/entries-pager';
import { EntriesTable } from '@/components/clinician/entries-table';
import { PatientCharts } from '@/components/clinician/patient-charts';
import { PatientFlags } from '@/components/clinician/patient-flags';
import { PatientHeader } from '@/components/clinician/patient-header';
import { PatientExperiments } from '@/components/clinician/patient-experiments';
import { PatientInsights } from '@/components/clinician/patient-insights';
import { can } from '@/lib/auth/permissions';
import { RangePicker } from '@/components/clinician/range-picker';
import { toEntryRows } from '@/components/clinician/entry-row';
import { parsePatientPageQuery } from '@/lib/validation/range-days';
import { getPatientRecord } from '@/lib/dal/patients';
import { requirePagePermission } from '@/lib/dal/session';
import { NotFoundError } from '@/lib/errors';
import { isLiveFlag } from '@/lib/rules/flag-statuses';
import { todayIso } from '@/lib/validation/dates';

export const metadata: Metadata = { title: 'Patient' };

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PatientPage({ params, searchParams }: PageProps) {
  const actor = await requirePagePermission('patients:read');
  const { id } = await params;
  const { range: days, entries: wanted } = parsePatientPageQuery(await searchParams);
  const now = new Date();
  const record = await getPatientRecord(await getDb(), actor, id, { rangeDays: days, now }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { header, flags, entries, versions, notes, insights, experiments } = record;
  const liveCount = flags.filter(isLiveFlag).length;
  // The table gets only the newest entries asked for; the charts still plot the whole range.
  const shownEntries = wanted === 'all' ? entries : entries.slice(0, wanted);
  const shownNights = new Set(shownEntries.map((entry) => entry.night_of));
  const nightHref = (night: string) =>
    shownNights.has(night) ? `#night-${night}` : `?range=${days}&entries=all#night-${night}`;
  return (
    <div className="space-y-8">
      <PatientHeader header={header} today={todayIso(now)} range={record.range} />
      <section aria-labelledby="flags-heading" className="space-y-3">
        <h2 id="flags-heading" className="text-xl font-semibold">
          Flags <span className="text-base font-normal text-slate-600">({liveCount} open or acknowledged)</span>
        </h2>
        <PatientFlags flags={flags} now={now} patientName={header.name} nightHref={nightHref} />
      </section>
      <section aria-labelledby="charts-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="charts-heading" className="text-xl font-semibold">
            Charts
          </h2>
          <RangePicker patientId={header.id} days={days} />
        </div>
        <PatientCharts entries={entries} flags={flags} today={todayIso(now)} days={days} />
      </section>
      <section aria-labelledby="insights-heading" className="space-y-3">
        <h2 id="insights-heading" className="text-xl font-semibold">
          Insights
        </h2>
        <PatientInsights report={insights} />
        <PatientExperiments
          patientId={header.id}
          experiments={experiments}
          today={todayIso(now)}
          canStart={can(actor.role, 'experiments:start')}
        />
      </section>
      <section aria-labelledby="entries-heading" className="space-y-3">
        <h2 id="entries-heading" className="text-xl font-semibold">
          Diary entries <span className="text-base font-normal text-slate-600">({entries.length})</span>
        </h2>
        <EntriesTable rows={toEntryRows(shownEntries, versions)} days={days} />
        <EntriesPager patientId={header.id} days={days} shown={shownEntries.length} total={entries.length} />
      </section>
      <section aria-labelledby="notes-heading" className="space-y-3">
        <h2 id="notes-heading" className="text-xl font-semibold">
          Clinical notes
        </h2>
        <ClinicalNotes patientId={header.id} notes={notes} />
      </section>
    </div>
  );
}
