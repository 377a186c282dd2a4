import { PageSkeleton } from '@/components/diary/skeleton';

export default function Loading() {
  return <PageSkeleton blocks={3} label="Loading the diary form" />;
}
