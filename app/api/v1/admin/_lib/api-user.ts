import type { AdminUser } from '@/lib/dal/users';

/** Exactly the contract's fields (docs/contract.md, "JSON API"), whatever else the data layer returned. */
export function toApiUser(user: AdminUser): AdminUser {
  const { id, email, name, role, active, patient_id } = user;
  return { id, email, name, role, active, patient_id };
}
