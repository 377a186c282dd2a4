import type { ExportEntry } from '../types';
import { DIARY_COLUMNS } from '../diary-csv';
import { derivedUuid, urnFor } from './ids';
import {
  CALFWATCH_FHIR_BASE,
  PAIN_SEVERITY_LOINC,
  type QuestionnaireResponseAnswer,
  type QuestionnaireResponseItem,
  type Resource,
} from './types';

/** The canonical URL of the nightly diary questionnaire the responses answer. */
export const DIARY_QUESTIONNAIRE = `${CALFWATCH_FHIR_BASE}/Questionnaire/nightly-calf-diary`;

type Code = (typeof DIARY_COLUMNS)[number];

/** Answers written as codings, with the code system named after the field. */
const CODED: ReadonlySet<Code> = new Set<Code>(['side', 'patterns', 'relief', 'symptoms']);

/**
 * One night as a QuestionnaireResponse whose item linkIds are the diary field
 * codes (docs/contract.md, "Diary fields"). Unanswered items (a blank number, an empty checklist) are left out,
 * as FHIR expects; `false` is an answer and is kept.
 */
export function questionnaireResponse(entry: ExportEntry, patientId: string): Resource {
  const item = DIARY_COLUMNS.map((code) => ({ linkId: code, answer: answersFor(code, entry[code]) })).filter(
    (candidate: QuestionnaireResponseItem) => candidate.answer.length > 0,
  );
  return {
    resourceType: 'QuestionnaireResponse',
    id: entry.id,
    questionnaire: DIARY_QUESTIONNAIRE,
    status: 'completed',
    subject: { reference: urnFor(patientId) },
    authored: entry.recordedAt.toISOString(),
    source: { reference: urnFor(patientId) },
    item,
  };
}

function answersFor(code: Code, value: ExportEntry[Code]): QuestionnaireResponseAnswer[] {
  if (value === null || value === undefined) return [];
  if (code === 'night_of' && typeof value === 'string') return [{ valueDate: value }];
  if (CODED.has(code)) {
    const codes = Array.isArray(value) ? value : [value];
    return codes.map((each) => ({
      valueCoding: { system: `${CALFWATCH_FHIR_BASE}/CodeSystem/${code}`, code: String(each) },
    }));
  }
  if (typeof value === 'boolean') return [{ valueBoolean: value }];
  if (typeof value === 'number') return [{ valueInteger: value }];
  return value === '' ? [] : [{ valueString: String(value) }];
}

/** The night's worst pain as a LOINC 72514-3 Observation, derived from its response. */
export function painObservation(entry: ExportEntry, patientId: string): Resource {
  return {
    resourceType: 'Observation',
    id: painObservationId(entry.id),
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: 'survey',
            display: 'Survey',
          },
        ],
      },
    ],
    code: { coding: [PAIN_SEVERITY_LOINC], text: 'Worst calf pain during the night (0–10)' },
    subject: { reference: urnFor(patientId) },
    effectiveDateTime: entry.night_of,
    issued: entry.recordedAt.toISOString(),
    valueInteger: entry.worst_pain,
    derivedFrom: [{ reference: urnFor(entry.id) }],
  };
}

export function painObservationId(entryId: string): string {
  return derivedUuid(entryId, 'pain-severity');
}
