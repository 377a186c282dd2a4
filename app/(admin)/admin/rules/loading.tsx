import { TableSkeleton } from '@/components/admin/table-skeleton';

export default function Loading() {
  return <TableSkeleton title="Rule statistics" rows={12} />;
}
