import type { TeamMember } from '@/lib/dal/care-team-admin';
import { AssignmentButton } from './assignment-button';
import { PersonCell } from './clinician-panel-section';
import { ClinicianPicker, type ClinicianOption } from './clinician-picker';
import { CardSection } from '@/components/ui/card';

/** The clinicians caring for a patient, each removable, and a picker to add another. */
export function PatientTeamSection({
  patient,
  team,
  clinicians,
}: {
  patient: { name: string; patientId: string };
  team: TeamMember[];
  clinicians: ClinicianOption[];
}) {
  const onTeam = new Set(team.map((member) => member.user_id));
  return (
    <CardSection aria-labelledby="team-heading" className="space-y-4">
      <h2 id="team-heading" className="text-lg font-semibold">
        Care team
      </h2>
      <p className="text-sm text-slate-700">
        Only the clinicians listed here can see {patient.name}&apos;s diary, warning signs and reports.
      </p>
      {team.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">
          No clinician cares for this patient yet.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="care-team-clinicians">
          {team.map((member) => (
            <li key={member.user_id} className="flex items-center justify-between gap-3 px-3 py-2">
              <PersonCell
                name={member.name}
                email={member.email}
                active={member.active}
                href={`/admin/users/${member.user_id}`}
              />
              <AssignmentButton
                clinicianUserId={member.user_id}
                patientId={patient.patientId}
                assign={false}
                label={`Remove ${patient.name} from ${member.name}'s care team`}
              />
            </li>
          ))}
        </ul>
      )}
      <ClinicianPicker
        patientId={patient.patientId}
        options={clinicians.filter((clinician) => !onTeam.has(clinician.user_id))}
      />
    </CardSection>
  );
}
