import { TableSkeleton } from '@/components/admin/table-skeleton';

export default function Loading() {
  return <TableSkeleton title="Account" rows={5} />;
}
