import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { PatientTable } from '@/components/clinician/patient-table';
import { parsePanelSearchParams } from '@/lib/validation/panel-params';
import { findPanelPatients } from '@/lib/dal/patients';
import { requirePagePermission } from '@/lib/dal/session';

export const metadata: Metadata = { title: 'Patients' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PatientsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission('patients:read');
  const state = parsePanelSearchParams(await searchParams);
  const page = await findPanelPatients(await getDb(), actor, {
    ...state,
    limit: state.size,
    offset: (state.page - 1) * state.size,
  });
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Patients</h1>
        <p className="text-slate-600">
          Your care team&rsquo;s patients. Figures cover the nights up to last night; the trend compares mean worst pain
          in the last 7 nights with the 7 before.
        </p>
        <p>
          {/* A file download, not a page: a plain link keeps the browser from prefetching it. */}
          <a href="/clinician/export.csv" download className="text-sm font-medium text-brand-700 underline">
            Download every night of your panel (CSV)
          </a>
        </p>
      </div>
      <PatientTable rows={page.patients} total={page.total} state={state} />
    </div>
  );
}
