import Link from 'next/link';
import type { TeamMember } from '@/lib/dal/care-team-admin';
import { AssignmentButton } from './assignment-button';
import { Pager, withParams } from './pager';
import { StatusBadge } from './status-badge';
import { CardSection } from '@/components/ui/card';
import { Input, Label } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

interface Candidate {
  patient_id: string;
  user_id: string;
  name: string;
  email: string;
  active: boolean;
}

/** A clinician's care team: search for patients to add, and the current patients with a way to remove each. */
export function ClinicianPanelSection({
  clinician,
  panel,
  nextCursor,
  cursor,
  search,
  candidates,
}: {
  clinician: { id: string; name: string };
  panel: TeamMember[];
  nextCursor: string | null;
  cursor?: string;
  search?: string;
  candidates: Candidate[];
}) {
  const base = `/admin/users/${clinician.id}`;
  return (
    <CardSection aria-labelledby="panel-heading" className="space-y-4">
      <h2 id="panel-heading" className="text-lg font-semibold">
        Patients on {clinician.name}&apos;s care team
      </h2>
      <form method="get" action={base} role="search" aria-label="Find patients to add" className="space-y-2">
        <Label htmlFor="patient-search">Add a patient: search by name or email</Label>
        <div className="flex gap-2">
          <Input id="patient-search" name="q" type="search" defaultValue={search ?? ''} />
          <Button type="submit" variant="secondary" className="mt-1">
            Search
          </Button>
        </div>
      </form>
      {search ? (
        <div aria-live="polite" className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-700">Patients not yet on this team</h3>
          {candidates.length === 0 ? (
            <p className="text-sm text-slate-600">No patients outside this team match “{search}”.</p>
          ) : (
            <ul
              className="divide-y divide-slate-100 rounded-md border border-slate-200"
              data-testid="patient-candidates"
            >
              {candidates.map((patient) => (
                <li key={patient.patient_id} className="flex items-center justify-between gap-3 px-3 py-2">
                  <PersonCell
                    name={patient.name}
                    email={patient.email}
                    active={patient.active}
                    href={`/admin/users/${patient.user_id}`}
                  />
                  <AssignmentButton
                    clinicianUserId={clinician.id}
                    patientId={patient.patient_id}
                    assign
                    label={`Add ${patient.name} to ${clinician.name}'s care team`}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <h3 className="text-sm font-semibold text-slate-700">On this care team</h3>
      {panel.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
          {cursor ? 'No more patients.' : 'No patients on this care team yet.'}
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="care-team-patients">
          {panel.map((patient) => (
            <li key={patient.user_id} className="flex items-center justify-between gap-3 px-3 py-2">
              <PersonCell
                name={patient.name}
                email={patient.email}
                active={patient.active}
                href={`/admin/users/${patient.user_id}`}
              />
              <AssignmentButton
                clinicianUserId={clinician.id}
                patientId={patient.patient_id ?? ''}
                assign={false}
                label={`Remove ${patient.name} from ${clinician.name}'s care team`}
              />
            </li>
          ))}
        </ul>
      )}
      <Pager
        nextCursor={nextCursor}
        isFirstPage={!cursor}
        hrefFor={(next) => withParams(base, { q: search, after: next })}
        nextLabel="More patients"
      />
    </CardSection>
  );
}

/** Name (linked to the account), email and, when deactivated, a badge. */
export function PersonCell({
  name,
  email,
  active,
  href,
}: {
  name: string;
  email: string;
  active: boolean;
  href: string;
}) {
  return (
    <div className="min-w-0">
      <Link href={href} className="font-medium text-brand-700 hover:underline">
        {name}
      </Link>{' '}
      {active ? null : <StatusBadge active={false} />}
      <div className="break-all text-sm text-slate-600">{email}</div>
    </div>
  );
}
