import { TableSkeleton } from '@/components/clinician/skeletons';

export default function Loading() {
  return <TableSkeleton title="Patients" />;
}
