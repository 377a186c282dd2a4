import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { AccountStatusControl } from '@/components/admin/account-status-control';
import { ClinicianPanelSection } from '@/components/admin/clinician-panel-section';
import { Flash } from '@/components/admin/flash';
import { PasswordResetForm } from '@/components/admin/password-reset-form';
import { SecondFactorReset } from '@/components/admin/second-factor-reset';
import { PatientTeamSection } from '@/components/admin/patient-team-section';
import { StatusBadge } from '@/components/admin/status-badge';
import { CardSection } from '@/components/ui/card';
import { formatDate } from '@/lib/presentation/format';
import { ROLE_LABELS } from '@/lib/presentation/labels';
import { accountPageQuerySchema, MIN_PASSWORD_LENGTH, type AccountPageQuery } from '@/lib/validation/accounts';
import { can } from '@/lib/auth/permissions';
import {
  listCareGivers,
  listClinicianPanel,
  listPatientCareTeam,
  searchAssignablePatients,
} from '@/lib/dal/care-team-admin';
import { viewUserSecondFactor } from '@/lib/dal/second-factor';
import { requirePagePermission } from '@/lib/dal/session';
import { viewUser, type AdminUserDetail } from '@/lib/dal/users';
import { NotFoundError } from '@/lib/errors';
import { parseQueryLenient, type SearchParams } from '@/lib/validation/query-params';

export const metadata: Metadata = { title: 'Account' };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

export default async function AccountPage({ params, searchParams }: Props) {
  const actor = await requirePagePermission('users:manage');
  const { id } = await params;
  const query = parseQueryLenient(accountPageQuerySchema, await searchParams);
  const db = await getDb();
  const user = await viewUser(db, actor, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const isSelf = user.id === actor.userId;
  const secondFactor = await viewUserSecondFactor(db, actor, user.id);

  return (
    <div className="space-y-5">
      <Link href="/admin/users" className="text-sm font-medium text-brand-700 hover:underline">
        ← Accounts
      </Link>
      {query.created ? <Flash>Account created. {user.name} can sign in now.</Flash> : null}
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold break-words">{user.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-slate-700">
          <span className="break-all">{user.email}</span>
          <span aria-hidden="true">·</span>
          <span>{ROLE_LABELS[user.role]}</span>
          <StatusBadge active={user.active} />
        </p>
      </header>
      <AccountFacts user={user} />
      <div className="grid gap-5 lg:grid-cols-2">
        <CardSection aria-labelledby="access-heading" className="space-y-3">
          <h2 id="access-heading" className="text-lg font-semibold">
            Access
          </h2>
          {isSelf ? (
            <p className="text-sm text-slate-700">This is your own account. Another administrator can deactivate it.</p>
          ) : (
            <>
              <p className="text-sm text-slate-700">
                {user.active
                  ? 'This account can sign in.'
                  : 'This account is deactivated: it cannot sign in, and nothing it recorded has been removed.'}
              </p>
              <AccountStatusControl userId={user.id} name={user.name} active={user.active} />
            </>
          )}
        </CardSection>
        <CardSection aria-labelledby="password-heading" className="space-y-3">
          <h2 id="password-heading" className="text-lg font-semibold">
            Reset password
          </h2>
          <p className="text-sm text-slate-700">
            For someone who has lost their password. Tell them the new one in person or by phone.
          </p>
          <PasswordResetForm userId={user.id} minPasswordLength={MIN_PASSWORD_LENGTH} />
        </CardSection>
      </div>
      {can(user.role, 'second-factor:own') ? (
        <CardSection aria-labelledby="second-factor-heading" className="space-y-3">
          <h2 id="second-factor-heading" className="text-lg font-semibold">
            Two-step sign-in
          </h2>
          <p className="text-sm text-slate-700">
            {secondFactor.enrolledAt ? `On since ${formatDate(secondFactor.enrolledAt)}.` : 'Not set up.'}{' '}
            {isSelf
              ? 'Change your own on the Security page.'
              : 'If they lost their phone and their recovery codes, reset it: they sign in with their password next and set up a new app.'}
          </p>
          {isSelf ? null : <SecondFactorReset userId={user.id} enrolled={secondFactor.enrolledAt !== null} />}
        </CardSection>
      ) : null}
      <CareTeamSection user={user} query={query} />
    </div>
  );
}

function AccountFacts({ user }: { user: AdminUserDetail }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
      <dt className="font-medium text-slate-600">Account created</dt>
      <dd>{formatDate(user.created_at)}</dd>
      <dt className="font-medium text-slate-600">Account id</dt>
      <dd className="font-mono text-xs break-all">{user.id}</dd>
      {user.patient_id ? (
        <>
          <dt className="font-medium text-slate-600">Patient id</dt>
          <dd className="font-mono text-xs break-all" data-testid="patient-id">
            {user.patient_id}
          </dd>
        </>
      ) : null}
    </dl>
  );
}

async function CareTeamSection({ user, query }: { user: AdminUserDetail; query: AccountPageQuery }) {
  const actor = await requirePagePermission('care-team:manage');
  const db = await getDb();
  if (user.patient_id) {
    const [team, clinicians] = await Promise.all([
      listPatientCareTeam(db, actor, user.patient_id),
      listCareGivers(db, actor),
    ]);
    return (
      <PatientTeamSection
        patient={{ name: user.name, patientId: user.patient_id }}
        team={team}
        clinicians={clinicians}
      />
    );
  }
  if (!can(user.role, 'patients:read')) return null;
  const search = query.q;
  const [panel, candidates] = await Promise.all([
    listClinicianPanel(db, actor, user.id, { cursor: query.after }),
    search ? searchAssignablePatients(db, actor, user.id, search) : Promise.resolve([]),
  ]);
  return (
    <ClinicianPanelSection
      clinician={{ id: user.id, name: user.name }}
      panel={panel.patients}
      nextCursor={panel.next_cursor}
      cursor={query.after}
      search={search}
      candidates={candidates}
    />
  );
}
