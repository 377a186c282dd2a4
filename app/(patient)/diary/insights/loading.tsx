import { PageSkeleton } from '@/components/diary/skeleton';

export default function Loading() {
  return <PageSkeleton blocks={4} label="Loading what seems to help" />;
}
