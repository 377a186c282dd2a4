import type { Metadata } from 'next';
import { getDb } from '@/db/client';
import { getOwnProfile } from '@/lib/dal/profile';
import { requirePagePermission } from '@/lib/dal/session';
import { saveProfileAction } from './actions';
import { ProfileForm } from './profile-form';

export const metadata: Metadata = { title: 'My health' };

export default async function ProfilePage() {
  const actor = await requirePagePermission('profile:own');
  const profile = await getOwnProfile(await getDb(), actor);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">My health</h1>
        <p className="mt-1 text-slate-700">
          Some health conditions and medicines change what night calf pain can mean. Keep this up to date so your care
          team is told about the right things.
        </p>
      </div>
      <ProfileForm profile={profile} save={saveProfileAction} />
    </div>
  );
}
