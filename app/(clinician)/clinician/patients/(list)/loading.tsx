import { TableSkeleton } from '@/components/clinician/skeletons';

/**
 * Lives in a route group so the skeleton wraps this page only: a loading
 * boundary above /clinician/patients/[id] would start streaming that page
 * (status 200) before its care-team check could answer 404.
 */
export default function Loading() {
  return <TableSkeleton title="Patients" />;
}
