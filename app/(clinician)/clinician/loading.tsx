import { ListSkeleton } from '@/components/clinician/skeletons';

export default function Loading() {
  return <ListSkeleton title="Worklist" />;
}
