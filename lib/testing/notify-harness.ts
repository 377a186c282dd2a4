import type { DatabaseHandle } from '@/db/types';
import { startJobRuntime, type JobRuntime } from '../jobs/runtime';
import type { NotifyContext } from '../notify/context';
import type { Mailer, OutgoingEmail } from '../notify/email';

/** A mailer that keeps what it was asked to send. */
export function memoryMailer(): Mailer & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    kind: 'console',
    sent,
    async send(email) {
      sent.push(email);
    },
  };
}

/** The job runtime with workers, on a test database, with the given handlers' dependencies. */
export function startTestRuntime(
  handle: DatabaseHandle,
  context: Partial<NotifyContext> = {},
  workers = true,
): Promise<JobRuntime> {
  return startJobRuntime(handle, {
    workers,
    context: { mailer: memoryMailer(), webhook: null, push: null, secret: 'test-secret-test-secret', ...context },
  });
}

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). Not a timing assertion: it only bounds the wait. */
export async function waitFor<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('waitFor: condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
