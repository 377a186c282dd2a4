import { ROLES } from '@/lib/auth/permissions';
import { ROLE_LABELS } from '@/lib/presentation/labels';

/** One `<option>` per role, in the order of the permissions table. */
export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}
