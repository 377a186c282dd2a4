import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { NotReportingList } from '@/components/clinician/not-reporting-list';
import { PageLinks } from '@/components/clinician/page-links';
import { TierCounts } from '@/components/clinician/tier-counts';
import { WorklistEntry } from '@/components/clinician/worklist-item';
import { WorklistFilters } from '@/components/clinician/worklist-filters';
import { parseWorklistParams, WORKLIST_PAGE_SIZE, worklistSearch } from '@/lib/validation/worklist-params';
import { listWorklist } from '@/lib/dal/flags';
import { listNotReportingPatients } from '@/lib/dal/not-reporting';
import { requirePagePermission } from '@/lib/dal/session';

export const metadata: Metadata = { title: 'Worklist' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WorklistPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePagePermission('flags:act');
  const filter = parseWorklistParams(await searchParams);
  const now = new Date();
  const db = await getDb();
  const [worklist, notReporting] = await Promise.all([
    listWorklist(db, actor, filter, now),
    listNotReportingPatients(db, actor, now),
  ]);
  const pageCount = Math.ceil(worklist.total / WORKLIST_PAGE_SIZE);
  const filtered = filter.tier !== null || filter.status !== null || filter.rule !== null;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Worklist</h1>
        <p className="text-slate-600">
          Open and acknowledged flags of your patients: emergency first, then urgent, soon and routine; oldest first
          within a tier.
        </p>
      </div>
      <NotReportingList list={notReporting} />
      <TierCounts counts={worklist.counts} filter={filter} />
      <WorklistFilters filter={filter} />
      {worklist.items.length === 0 ? (
        <div
          className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center"
          data-testid="worklist-empty"
        >
          <p className="font-medium">{filtered ? 'No flags match these filters.' : 'Nothing to triage.'}</p>
          <p className="mt-1 text-slate-600">
            {filtered ? (
              <Link href="/clinician" className="text-brand-700 underline">
                Show all open and acknowledged flags
              </Link>
            ) : (
              'None of your patients has an open or acknowledged flag.'
            )}
          </p>
        </div>
      ) : (
        <ol className="space-y-3" aria-label="Flags to triage">
          {worklist.items.map((item) => (
            <WorklistEntry key={item.id} item={item} now={now} />
          ))}
        </ol>
      )}
      <PageLinks
        page={filter.page}
        pageCount={pageCount}
        hrefFor={(page) => `/clinician${worklistSearch({ ...filter, page })}`}
        label="Worklist pages"
      />
    </div>
  );
}
