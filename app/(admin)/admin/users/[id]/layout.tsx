import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requirePagePermission } from '@/lib/dal/session';
import { findUser } from '@/lib/dal/users';
import { NotFoundError } from '@/lib/errors';

/**
 * Answers 404 for an unknown account before the page's loading skeleton
 * starts streaming (after that the status is already 200).
 */
export default async function AccountLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const actor = await requirePagePermission('users:manage');
  try {
    await findUser(await getDb(), actor, (await params).id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return children;
}
