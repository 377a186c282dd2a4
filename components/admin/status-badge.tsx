import { Badge } from '@/components/ui/badge';

/** "Active" or "Deactivated", never colour alone. */
export function StatusBadge({ active }: { active: boolean }) {
  return active ? <Badge variant="active">Active</Badge> : <Badge variant="neutral">Deactivated</Badge>;
}
