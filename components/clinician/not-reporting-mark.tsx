import { Badge } from '@/components/ui/badge';

/** Three nights missed in a row and none since: reminders are paused (docs/notifications.md). */
export function NotReportingMark() {
  return (
    <Badge
      variant="warning"
      data-testid="not-reporting"
      title="No entry for the last 3 nights before last night; reminders are paused"
    >
      Not reporting
    </Badge>
  );
}
