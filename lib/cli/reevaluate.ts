import { asc } from 'drizzle-orm';
import { patients } from '@/db/schema';
import { reevaluatePatient } from '../flags/reevaluate';
import { RULES_VERSION } from '../rules';
import { openMigratedDatabase, runCli } from './open-database';

/**
 * `npm run rules:reevaluate`: re-runs the current rule catalog over every
 * patient's nights after a catalog change. Idempotent: a second run reports
 * no changes. Resolved flags are never reopened or restamped, and every flag
 * keeps the catalog version that raised it (docs/rule-versions.md).
 */
runCli(async () => {
  const handle = await openMigratedDatabase();
  try {
    const started = Date.now();
    const ids = await handle.db.select({ id: patients.id }).from(patients).orderBy(asc(patients.id));
    const changes = { raised: 0, escalated: 0, evidence_added: 0 };
    for (const { id } of ids) {
      const applied = await handle.db.transaction((tx) => reevaluatePatient(tx, { patientId: id }));
      for (const { change } of applied) if (change !== 'unchanged') changes[change] += 1;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `Rules ${RULES_VERSION} re-evaluated for ${ids.length} patients in ${seconds} s: ` +
        `${changes.raised} flags raised, ${changes.escalated} escalated, ${changes.evidence_added} given new evidence.`,
    );
  } finally {
    await handle.close();
  }
});
