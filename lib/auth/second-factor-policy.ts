import { isProductionMode } from '../env';
import { can, isRole, ROLES, type Role } from './permissions';

/**
 * Which roles must sign in with a second factor (README, "Two-step sign-in").
 * `MFA_REQUIRED_ROLES` lists them (comma-separated; empty for none). Unset, it
 * is every role that may enrol one in production mode, and none in the demo
 * or in development, so the demo accounts sign in with a password alone.
 */
export function secondFactorRequiredRoles(env: NodeJS.ProcessEnv = process.env): Role[] {
  const configured = env.MFA_REQUIRED_ROLES;
  if (configured === undefined) {
    return isProductionMode(env) ? ROLES.filter((role) => can(role, 'second-factor:own')) : [];
  }
  const names = configured
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !isRole(name));
  if (unknown.length > 0) {
    throw new Error(`MFA_REQUIRED_ROLES names unknown roles: ${unknown.join(', ')} (known: ${ROLES.join(', ')}).`);
  }
  return names as Role[];
}

/** Whether accounts of this role must have a second factor to use the app. */
export function isSecondFactorRequired(role: Role, env: NodeJS.ProcessEnv = process.env): boolean {
  return secondFactorRequiredRoles(env).includes(role);
}
