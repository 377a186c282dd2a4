import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireCareTeamPatient } from '@/lib/dal/care-team';
import { requirePagePermission } from '@/lib/dal/session';
import { NotFoundError } from '@/lib/errors';

/**
 * Answers "not found" for a patient outside the care team before the page
 * starts streaming behind its loading skeleton, so the status really is 404.
 */
export default async function PatientLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const actor = await requirePagePermission('patients:read');
  const { id } = await params;
  try {
    await requireCareTeamPatient(await getDb(), actor, id);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return children;
}
