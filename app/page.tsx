import { redirect } from 'next/navigation';
import { homeFor } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/dal/session';

/** Sends each role to its home page. */
export default async function HomePage() {
  const actor = await requireActor();
  redirect(homeFor(actor.role));
}
