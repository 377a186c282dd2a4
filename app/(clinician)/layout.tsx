import { AppShell } from '@/components/app-shell';
import { NotificationBell } from '@/components/notify/notification-bell';
import { requirePagePermission } from '@/lib/dal/session';

export default async function Layout({ children }: { children: React.ReactNode }) {
  const actor = await requirePagePermission('patients:read');
  return (
    <AppShell actor={actor} headerExtra={<NotificationBell />}>
      {children}
    </AppShell>
  );
}
