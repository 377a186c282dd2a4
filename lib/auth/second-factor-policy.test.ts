import { describe, expect, it } from 'vitest';
import { isSecondFactorRequired, secondFactorRequiredRoles } from './second-factor-policy';

const production = { NODE_ENV: 'production' } as NodeJS.ProcessEnv;

describe('second-factor policy', () => {
  it('requires it of clinicians and admins in production by default', () => {
    expect(secondFactorRequiredRoles(production)).toEqual(['clinician', 'admin']);
    expect(isSecondFactorRequired('patient', production)).toBe(false);
  });

  it('requires it of nobody in the demo or in development unless configured', () => {
    expect(secondFactorRequiredRoles({ ...production, CALFWATCH_DEMO: '1' })).toEqual([]);
    expect(secondFactorRequiredRoles({ NODE_ENV: 'development' } as NodeJS.ProcessEnv)).toEqual([]);
  });

  it('follows MFA_REQUIRED_ROLES, empty meaning none, and refuses unknown role names', () => {
    expect(secondFactorRequiredRoles({ ...production, MFA_REQUIRED_ROLES: ' admin , patient' })).toEqual([
      'admin',
      'patient',
    ]);
    expect(secondFactorRequiredRoles({ ...production, MFA_REQUIRED_ROLES: '' })).toEqual([]);
    expect(() => secondFactorRequiredRoles({ ...production, MFA_REQUIRED_ROLES: 'admin,wizard' })).toThrow(/wizard/);
  });
});
