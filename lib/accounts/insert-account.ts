import { patients, users } from '@/db/schema';
import type { Database } from '@/db/types';
import { hasPatientRecord, type Role } from '../auth/permissions';
import { hashPassword } from '../auth/password';
import { normalizeEmail } from '../validation/accounts';

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  password?: string;
  /** A precomputed argon2id hash (seeding reuses one for many accounts). */
  passwordHash?: string;
  createdAt?: Date;
}

/**
 * Inserts a user and, for diary-keeping roles, their patient record. No
 * authorization here: callers are the admin data layer and the seed scripts.
 */
export async function insertAccount(
  db: Database,
  account: NewAccount,
): Promise<{ userId: string; patientId: string | null }> {
  const passwordHash = account.passwordHash ?? (await hashPassword(requirePassword(account.password)));
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        email: normalizeEmail(account.email),
        name: account.name.trim(),
        role: account.role,
        passwordHash,
        createdAt: account.createdAt,
      })
      .returning({ id: users.id });
    if (!user) throw new Error('insert into users returned no row');
    if (!hasPatientRecord(account.role)) return { userId: user.id, patientId: null };
    const [patient] = await tx
      .insert(patients)
      .values({ userId: user.id, createdAt: account.createdAt })
      .returning({ id: patients.id });
    return { userId: user.id, patientId: patient?.id ?? null };
  });
}

function requirePassword(password: string | undefined): string {
  if (!password) throw new Error('insertAccount needs a password or a passwordHash');
  return password;
}
