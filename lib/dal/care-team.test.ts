import { describe, expectTypeOf, it } from 'vitest';
import type { CareTeamAccess } from './care-team';
import { loadPatientFlags } from './flags';
import { loadNotes } from './notes';
import { loadEntries, loadEntryVersions } from './patient-diary';

/**
 * Compile-time checks (`npm run typecheck` reads this file): the loaders that
 * check nothing themselves take the value only requireCareTeamPatient makes.
 */
describe('care-team access', () => {
  it('is required by every unchecked loader', () => {
    expectTypeOf(loadEntries).parameter(1).toEqualTypeOf<CareTeamAccess>();
    expectTypeOf(loadEntryVersions).parameter(1).toEqualTypeOf<CareTeamAccess>();
    expectTypeOf(loadPatientFlags).parameter(1).toEqualTypeOf<CareTeamAccess>();
    expectTypeOf(loadNotes).parameter(1).toEqualTypeOf<CareTeamAccess>();
  });

  it('cannot be made from a bare patient id', () => {
    expectTypeOf<string>().not.toExtend<CareTeamAccess>();
    expectTypeOf<{ patientId: string }>().not.toExtend<CareTeamAccess>();
    // @ts-expect-error — a patient id alone is no proof that the care-team gate passed.
    const forged: CareTeamAccess = { patientId: '0b5c7f3e-8a4f-4d53-9c1e-3f2a6b7c8d9e' };
    void forged;
  });
});
