import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { AuditFilters } from '@/components/admin/audit-filters';
import { AuditTable } from '@/components/admin/audit-table';
import { Pager, withParams } from '@/components/admin/pager';
import { listAuditEvents, listRecentActions } from '@/lib/dal/audit-log';
import { requirePagePermission } from '@/lib/dal/session';
import { auditFilterFromPage, auditPageQuerySchema } from '@/lib/validation/audit';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePagePermission('audit:read');
  const { cursor, ...form } = parseQueryLenient(auditPageQuerySchema, await searchParams);
  const db = await getDb();
  const [{ events, next_cursor }, actions] = await Promise.all([
    listAuditEvents(db, actor, auditFilterFromPage(form), { cursor }),
    listRecentActions(db, actor),
  ]);
  const isFiltered = Object.values(form).some(Boolean);
  return (
    <div className="space-y-5">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">Audit log</h1>
        <p className="text-slate-700">
          Every sign-in, view of a patient&apos;s record, export, warning-sign action and account change, newest first.
          Entries can never be changed or deleted.
        </p>
      </div>
      <AuditFilters values={form} actions={actions} exportHref={withParams('/admin/audit/export.csv', form)} />
      <AuditTable events={events} isFiltered={isFiltered} />
      <Pager
        nextCursor={next_cursor}
        isFirstPage={!cursor}
        hrefFor={(next) => withParams('/admin/audit', { ...form, cursor: next })}
        nextLabel="Older events"
      />
    </div>
  );
}
