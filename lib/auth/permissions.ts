/**
 * Roles and what each may do. Role names appear nowhere else in the app:
 * everything asks `can(role, permission)`.
 */
export const ROLES = ['patient', 'clinician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'diary:own',
  'profile:own',
  'patients:read',
  'flags:act',
  'notes:write',
  'reports:export',
  'users:manage',
  'care-team:manage',
  'audit:read',
  'rules:stats',
  'notifications:own',
  'reminders:own',
  'notifications:manage',
  'second-factor:own',
  /** Start a guided two-week experiment for a patient on the care team (patients start their own with diary:own). */
  'experiments:start',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  patient: ['diary:own', 'profile:own', 'reminders:own'],
  clinician: [
    'patients:read',
    'flags:act',
    'notes:write',
    'reports:export',
    'notifications:own',
    'second-factor:own',
    'experiments:start',
  ],
  admin: ['users:manage', 'care-team:manage', 'audit:read', 'rules:stats', 'notifications:manage', 'second-factor:own'],
};

const HOMES: Record<Role, string> = {
  patient: '/diary',
  clinician: '/clinician',
  admin: '/admin/users',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a role holds a permission. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** The page each role lands on after signing in. */
export function homeFor(role: Role): string {
  return HOMES[role];
}

/** Whether this role's accounts carry a patient record (diary, profile). */
export function hasPatientRecord(role: Role): boolean {
  return can(role, 'diary:own');
}
