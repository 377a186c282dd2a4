import { redirect } from 'next/navigation';
import { AppShell } from '@/components/app-shell';
import { getSession } from '@/lib/dal/session';

/** Pages about one's own account: open to every signed-in role, also before second-factor enrolment. */
export default async function Layout({ children }: { children: React.ReactNode }) {
  const session = await getSession();
  if (!session) redirect('/login');
  return <AppShell actor={session.actor}>{children}</AppShell>;
}
