/** Three nights missed in a row and none since: reminders are paused (docs/notifications.md). */
export function NotReportingMark() {
  return (
    <span
      className="inline-flex items-center whitespace-nowrap rounded-full border border-amber-600 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900"
      data-testid="not-reporting"
      title="No entry for the last 3 nights before last night; reminders are paused"
    >
      Not reporting
    </span>
  );
}
