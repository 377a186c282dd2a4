import { PatientSkeleton } from '@/components/clinician/skeletons';

export default function Loading() {
  return <PatientSkeleton />;
}
