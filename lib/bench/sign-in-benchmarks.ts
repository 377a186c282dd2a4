import { generate } from 'otplib';
import type { Database } from '@/db/types';
import { insertAccount } from '../accounts/insert-account';
import { confirmTotpEnrolment, startTotpEnrolment } from '../accounts/second-factor';
import { hashPassword } from '../auth/password';
import { authenticate } from '../dal/sign-in';
import { percentile, runLimited, since } from './measure';

const PASSWORD = 'bench password for two-step sign-in';

interface Enrolled {
  email: string;
  secret: string;
}

/** Clinicians with a confirmed TOTP factor, made through the same steps as the security page. */
async function enrolledClinicians(db: Database, count: number, label: string): Promise<Enrolled[]> {
  const passwordHash = await hashPassword(PASSWORD);
  const accounts: Enrolled[] = [];
  for (let i = 0; i < count; i++) {
    const email = `bench-mfa-${label}-${i}-${Date.now()}@bench.example`;
    const { userId } = await insertAccount(db, { email, name: `Bench MFA ${i}`, role: 'clinician', passwordHash });
    const secret = await startTotpEnrolment(db, userId);
    await confirmTotpEnrolment(db, userId, await generate({ secret }));
    accounts.push({ email, secret });
  }
  return accounts;
}

async function signIn(db: Database, account: Enrolled, index: number): Promise<void> {
  // The enrolment spent this time step's code: sign in with the next one, as a user would half a minute later.
  const otp = await generate({ secret: account.secret, epoch: Math.floor(Date.now() / 1000) + 30 });
  const ip = `10.200.${index >> 8}.${index & 255}`;
  const result = await authenticate(db, { email: account.email, password: PASSWORD, otp, ip });
  if (!result.ok) throw new Error(`benchmark sign-in refused: ${result.reason}`);
}

/**
 * The whole two-step sign-in as the credentials endpoint runs it (throttle
 * reservation, argon2id, TOTP with replay guard, session row, audit): latency one
 * at a time, then throughput with `concurrency` sign-ins in flight.
 */
export async function benchSignInWithMfa(db: Database, options: { samples: number; concurrency: number }) {
  const sequential = await enrolledClinicians(db, options.samples, 'seq');
  const times: number[] = [];
  for (const [index, account] of sequential.entries()) {
    const start = performance.now();
    await signIn(db, account, index);
    times.push(since(start));
  }
  const parallel = await enrolledClinicians(db, options.samples, 'par');
  const queue = runLimited(options.concurrency);
  const start = performance.now();
  for (const [index, account] of parallel.entries()) await queue.add(() => signIn(db, account, 1000 + index));
  await queue.drain();
  const elapsed = since(start);
  return {
    samples: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    perSecond: (parallel.length / elapsed) * 1000,
    concurrency: options.concurrency,
  };
}
