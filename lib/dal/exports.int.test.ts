import { and, desc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import type { DatabaseHandle } from '@/db/types';
import { saveDiaryEntry } from '@/lib/diary/save-entry';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { buildPatientCsv, PATIENT_CSV_HEADER } from '@/lib/export/diary-csv';
import { buildFhirBundle } from '@/lib/export/fhir/bundle';
import { checkBundle } from '@/lib/export/fhir/check-bundle';
import { panelCsvStream, type PanelRecord } from '@/lib/export/panel-csv';
import { parseCsv } from '@/lib/export/test-data';
import { transitionFlag } from '@/lib/flags/flag-actions';
import { assignToCareTeam, createActor, night } from '@/lib/testing/fixtures';
import { legacyPanelCsv } from '@/lib/testing/panel-walk';
import { testDatabases } from '@/lib/testing/test-databases';
import type { Actor } from './actor';
import { listAuditEvents } from './audit-log';
import { openPanelExport, readPatientExport } from './exports';

const NIGHTS = Array.from({ length: 10 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);

async function collect(pages: AsyncGenerator<PanelRecord[]>): Promise<PanelRow[][]> {
  const all: PanelRow[][] = [];
  for await (const page of pages) all.push(page.map(toRow));
  return all;
}

type PanelRow = { patientId: string; name: string; email: string; night: string; openFlags: string[] };

function toRow(record: PanelRecord): PanelRow {
  const [patientId, name, email, night] = record as string[];
  return { patientId: patientId!, name: name!, email: email!, night: night!, openFlags: record.at(-1) as string[] };
}

describe.each(testDatabases())('export data layer on $name', ({ open }) => {
  let handle: DatabaseHandle;
  let clinician: Actor;
  let outsider: Actor;
  let patient: Actor;
  let second: Actor;
  let elsewhere: Actor;
  let admin: Actor;

  beforeAll(async () => {
    handle = await open();
    const { db } = handle;
    clinician = await createActor(db, 'clinician');
    outsider = await createActor(db, 'clinician');
    admin = await createActor(db, 'admin');
    patient = await createActor(db, 'patient', { name: 'Ana Export' });
    second = await createActor(db, 'patient', { name: 'Ben Export' });
    elsewhere = await createActor(db, 'patient', { name: 'Cy Elsewhere' });
    await assignToCareTeam(db, clinician, patient);
    await assignToCareTeam(db, clinician, second);
    await assignToCareTeam(db, outsider, elsewhere);
    for (const nightOf of NIGHTS) {
      // 03-05: one-sided calf signs raise urgent-possible-dvt; 03-02: foot weakness, resolved below.
      const overrides =
        nightOf === '2026-03-05'
          ? { symptoms: ['calf_swelling' as const], side: 'left' as const, worst_pain: 6 }
          : nightOf === '2026-03-02'
            ? { symptoms: ['foot_weakness' as const], worst_pain: 3 }
            : { worst_pain: 2, notes: nightOf === '2026-03-03' ? '=HYPERLINK("x")' : null };
      await saveDiaryEntry(db, { patientId: patient.patientId!, fields: night(nightOf, overrides) });
      await saveDiaryEntry(db, { patientId: second.patientId!, fields: night(nightOf, { worst_pain: 1 }) });
      await saveDiaryEntry(db, { patientId: elsewhere.patientId!, fields: night(nightOf, { worst_pain: 4 }) });
    }
    const { flags } = await readPatientExport(db, clinician, patient.patientId!, { range: {}, format: 'csv' });
    const weakness = flags.find((flag) => flag.ruleId === 'urgent-foot-weakness');
    if (!weakness) throw new Error('fixture: expected a foot-weakness flag');
    await transitionFlag(db, { flagId: weakness.id, action: 'resolve', actorUserId: clinician.userId, note: 'Seen' });
  });

  afterAll(async () => {
    await handle.close();
  });

  describe('readPatientExport', () => {
    it('returns the nights inside the range, oldest first, with the profile', async () => {
      const data = await readPatientExport(handle.db, clinician, patient.patientId!, {
        range: { from: '2026-03-03', to: '2026-03-06' },
        format: 'csv',
      });
      expect(data.entries.map((entry) => entry.night_of)).toEqual([
        '2026-03-03',
        '2026-03-04',
        '2026-03-05',
        '2026-03-06',
      ]);
      expect(data.patient).toMatchObject({ id: patient.patientId, name: 'Ana Export', email: patient.email });
      expect(data.entries[0]?.recordedAt).toBeInstanceOf(Date);
    });

    it('keeps unresolved flags whatever their nights, and resolved ones only with evidence in range', async () => {
      const inRange = await readPatientExport(handle.db, clinician, patient.patientId!, {
        range: { from: '2026-03-01', to: '2026-03-03' },
        format: 'fhir',
      });
      expect(inRange.flags.map((flag) => [flag.ruleId, flag.status])).toEqual(
        expect.arrayContaining([
          ['urgent-possible-dvt', 'open'],
          ['urgent-foot-weakness', 'resolved'],
        ]),
      );
      const later = await readPatientExport(handle.db, clinician, patient.patientId!, {
        range: { from: '2026-03-04' },
        format: 'fhir',
      });
      expect(later.flags.map((flag) => flag.ruleId)).toContain('urgent-possible-dvt');
      expect(later.flags.map((flag) => flag.ruleId)).not.toContain('urgent-foot-weakness');
      const dvt = later.flags.find((flag) => flag.ruleId === 'urgent-possible-dvt');
      expect(dvt?.evidenceNights).toEqual(['2026-03-05']);
    });

    it('writes an audit row naming the format, patient and range', async () => {
      await readPatientExport(handle.db, clinician, patient.patientId!, {
        range: { from: '2026-03-02', to: '2026-03-04' },
        format: 'pdf',
      });
      const rows = await handle.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.actorUserId, clinician.userId), eq(auditEvents.action, 'export.pdf')));
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        patientId: patient.patientId,
        ip: '127.0.0.1',
        detail: { from: '2026-03-02', to: '2026-03-04', entries: 3 },
      });
    });

    it('carries the insights over the range for the PDF and FHIR, not for the CSV', async () => {
      const range = { from: '2026-03-01', to: '2026-03-10' };
      const pdf = await readPatientExport(handle.db, clinician, second.patientId!, { range, format: 'pdf' });
      expect(pdf.insights?.window).toEqual(range);
      const stretching = pdf.insights?.comparisons.find((c) => c.factor === 'stretched_before_bed');
      expect(stretching?.without).toMatchObject({ nights: 10, pain_nights: 10 });
      const open = await readPatientExport(handle.db, clinician, second.patientId!, {
        range: { to: '2026-03-10' },
        format: 'fhir',
      });
      expect(open.insights?.window).toEqual({ from: '2025-12-11', to: '2026-03-10' });
      const csv = await readPatientExport(handle.db, clinician, second.patientId!, { range, format: 'csv' });
      expect(csv.insights).toBeUndefined();
    });

    it('answers not found for a patient outside the care team, and audits nothing', async () => {
      await expect(
        readPatientExport(handle.db, outsider, patient.patientId!, { range: {}, format: 'csv' }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        readPatientExport(handle.db, clinician, '00000000-0000-4000-8000-000000000000', { range: {}, format: 'csv' }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        readPatientExport(handle.db, clinician, 'not-a-uuid', { range: {}, format: 'csv' }),
      ).rejects.toBeInstanceOf(NotFoundError);
      const rows = await handle.db.select().from(auditEvents).where(eq(auditEvents.actorUserId, outsider.userId));
      expect(rows).toEqual([]);
    });

    it('forbids roles without reports:export, even the patient themself', async () => {
      for (const actor of [patient, admin]) {
        await expect(
          readPatientExport(handle.db, actor, patient.patientId!, { range: {}, format: 'csv' }),
        ).rejects.toBeInstanceOf(ForbiddenError);
      }
    });

    it('feeds the CSV and FHIR builders: open flags per night, formula-safe notes, a valid bundle', async () => {
      const data = await readPatientExport(handle.db, clinician, patient.patientId!, { range: {}, format: 'csv' });
      const rows = parseCsv(buildPatientCsv(data.entries, data.flags));
      const column = (name: string) => PATIENT_CSV_HEADER.indexOf(name as (typeof PATIENT_CSV_HEADER)[number]);
      const byNight = new Map(rows.slice(1).map((row) => [row[0], row]));
      expect(rows).toHaveLength(NIGHTS.length + 1);
      expect(byNight.get('2026-03-05')?.[column('open_flags')]).toContain('urgent-possible-dvt');
      expect(byNight.get('2026-03-02')?.[column('open_flags')]).not.toContain('urgent-foot-weakness');
      expect(byNight.get('2026-03-03')?.[column('notes')]).toBe(`'=HYPERLINK("x")`);
      expect(checkBundle(buildFhirBundle(data))).toEqual([]);
    });
  });

  describe('openPanelExport', () => {
    it('pages through every night of the care team only, in patient then night order', async () => {
      const pages = await collect(
        await openPanelExport(handle.db, clinician, {
          range: { from: '2026-03-02', to: '2026-03-09' },
          batchPatients: 1,
        }),
      );
      const rows = pages.flat();
      expect(pages.map((page) => page.length)).toEqual([8, 8]);
      expect(rows).toHaveLength(16);
      expect(new Set(rows.map((row) => row.patientId))).toEqual(new Set([patient.patientId, second.patientId]));
      const keys = rows.map((row) => `${row.patientId}|${row.night}`);
      expect(keys).toEqual([...keys].sort());
      expect(new Set(keys).size).toBe(keys.length);
      const flagged = rows.find((row) => row.patientId === patient.patientId && row.night === '2026-03-05');
      expect(flagged).toMatchObject({ name: 'Ana Export', email: patient.email });
      expect(flagged?.openFlags).toContain('urgent-possible-dvt');
    });

    it('gives the same rows whatever the batch size', async () => {
      const range = { from: '2026-03-02', to: '2026-03-09' };
      const keys = async (options: { batchPatients?: number }) =>
        (await collect(await openPanelExport(handle.db, clinician, { range, ...options })))
          .flat()
          .map((row) => `${row.patientId}|${row.night}|${row.openFlags.join(';')}`);
      const reference = await keys({});
      expect(await keys({ batchPatients: 1 })).toEqual(reference);
      expect(await keys({ batchPatients: 5 })).toEqual(reference);
      expect(await keys({ batchPatients: 7 })).toEqual(reference);
    });

    it('ends cleanly when the last batch is exactly full, and skips patients with no nights in range', async () => {
      const pages = await collect(
        await openPanelExport(handle.db, clinician, {
          range: { from: '2026-03-01', to: '2026-03-02' },
          batchPatients: 2,
        }),
      );
      expect(pages.map((page) => page.length)).toEqual([4]);
      const none = await collect(await openPanelExport(handle.db, clinician, { range: { from: '2027-01-01' } }));
      expect(none).toEqual([]);
    });

    it('gives another clinician only their own panel', async () => {
      const rows = (await collect(await openPanelExport(handle.db, outsider, { range: {} }))).flat();
      expect(rows).toHaveLength(NIGHTS.length);
      expect(rows.every((row) => row.patientId === elsewhere.patientId)).toBe(true);
    });

    it('audits the export and every patient it includes, before any page is read', async () => {
      const mine = and(eq(auditEvents.actorUserId, clinician.userId), eq(auditEvents.action, 'export.panel_csv'));
      const before = await handle.db.select().from(auditEvents).where(mine);
      const pages = await openPanelExport(handle.db, clinician, { range: { to: '2026-03-04' }, batchPatients: 2 });
      const added = (await handle.db.select().from(auditEvents).where(mine)).slice(before.length);
      const header = added.find((row) => row.patientId === null);
      expect(header?.detail).toEqual({ from: null, to: '2026-03-04' });
      expect(added.filter((row) => row.patientId !== null)).toEqual(
        [patient, second]
          .map((member) => member.patientId)
          .sort()
          .map((patientId) =>
            expect.objectContaining({
              patientId,
              targetId: String(header?.id),
              detail: { export: String(header?.id) },
            }),
          ),
      );
      // Filtering the log by a patient finds the export.
      const found = await listAuditEvents(handle.db, admin, { patientId: second.patientId!, action: 'export.*' });
      expect(found.events.map((event) => event.target_id)).toContain(String(header?.id));
      const text = await new Response(panelCsvStream(pages)).text();
      expect(parseCsv(text)).toHaveLength(1 + 8);
    });

    it('leaves out a patient assigned after the export was recorded', async () => {
      const pages = await openPanelExport(handle.db, outsider, { range: {} });
      const late = await createActor(handle.db, 'patient');
      await assignToCareTeam(handle.db, outsider, late);
      await saveDiaryEntry(handle.db, { patientId: late.patientId!, fields: night('2026-03-03', { worst_pain: 2 }) });
      const rows = (await collect(pages)).flat();
      expect(rows.map((row) => row.patientId)).not.toContain(late.patientId);
      expect(rows).toHaveLength(NIGHTS.length);
    });

    it('writes the same bytes as the old per-patient walk, awkward text and flags included', async () => {
      const { db } = handle;
      const third = await createActor(db, 'clinician');
      const awkward = await createActor(db, 'patient', { name: '=Müller, "Dee"' });
      const plain = await createActor(db, 'patient', { name: '@plain' });
      for (const member of [patient, second, awkward, plain]) await assignToCareTeam(db, third, member);
      const notes = ['line one\nline two', 'a, b and "c"', '-3 cramps', '+more', 'tab\there', 'plain'];
      for (const [i, note] of notes.entries()) {
        const nightOf = NIGHTS[i]!;
        await saveDiaryEntry(db, {
          patientId: awkward.patientId!,
          fields: night(nightOf, { worst_pain: 3, notes: note }),
        });
        await saveDiaryEntry(db, { patientId: plain.patientId!, fields: night(nightOf, { worst_pain: 0 }) });
      }
      for (const range of [
        {},
        { from: '2026-03-02', to: '2026-03-06' },
        { to: '2026-03-01' },
        { from: '2027-01-01' },
      ]) {
        for (const batchPatients of [1, 4, 5000]) {
          const pages = await openPanelExport(db, third, { range, batchPatients });
          const [audit] = await db
            .select({ id: auditEvents.id })
            .from(auditEvents)
            .where(and(eq(auditEvents.actorUserId, third.userId), isNull(auditEvents.patientId)))
            .orderBy(desc(auditEvents.id))
            .limit(1);
          const text = await new Response(panelCsvStream(pages)).text();
          const legacy = await legacyPanelCsv(db, third, String(audit!.id), range, { pageSize: 3, teamBatch: 2 });
          expect(text).toBe(legacy);
        }
      }
      const full = parseCsv(await new Response(panelCsvStream(await openPanelExport(db, third, { range: {} }))).text());
      expect(full).toHaveLength(1 + 10 + 10 + 6 + 6);
      expect(full.find((row) => row[1] === `'=Müller, "Dee"` && row[20] === 'line one\nline two')).toBeDefined();
    });

    it('forbids roles without reports:export', async () => {
      await expect(openPanelExport(handle.db, patient, { range: {} })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(openPanelExport(handle.db, admin, { range: {} })).rejects.toBeInstanceOf(ForbiddenError);
    });
  });
});
