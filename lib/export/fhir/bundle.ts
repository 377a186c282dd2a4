import type { PatientExportData } from '../types';
import { questionnaireResponse, painObservation } from './entry-resources';
import { detectedIssueResource, flagResource } from './flag-resources';
import { insightObservations } from './insight-resources';
import { derivedUuid, urnFor } from './ids';
import { patientResource, profileResources } from './patient-resources';
import type { Bundle, Resource } from './types';

export const FHIR_CONTENT_TYPE = 'application/fhir+json; charset=utf-8';

/**
 * A patient's export as a FHIR R4 `collection` Bundle: the Patient and their
 * reported profile, a QuestionnaireResponse and a pain-severity Observation
 * per night, a Flag plus DetectedIssue per flag, and an Observation per habit
 * compared when the export carries insights. Every reference is a
 * `urn:uuid:` fullUrl of another entry in the same bundle. Pure and
 * deterministic for the same data.
 */
export function buildFhirBundle(data: PatientExportData): Bundle {
  const patientId = data.patient.id;
  const generatedAt = data.generatedAt.toISOString();
  const entryIdByNight = new Map(data.entries.map((entry) => [entry.night_of, entry.id]));
  const resources: Resource[] = [
    patientResource(data.patient),
    ...profileResources(data.patient, generatedAt.slice(0, 10)),
    ...data.entries.flatMap((entry) => [questionnaireResponse(entry, patientId), painObservation(entry, patientId)]),
    ...data.flags.flatMap((flag) => [
      flagResource(flag, patientId),
      detectedIssueResource(flag, patientId, entryIdByNight),
    ]),
    ...(data.insights ? insightObservations(data.insights, patientId) : []),
  ];
  return {
    resourceType: 'Bundle',
    id: derivedUuid(patientId, data.range.from ?? '', data.range.to ?? '', generatedAt),
    type: 'collection',
    timestamp: generatedAt,
    entry: resources.map((resource) => ({ fullUrl: urnFor(resource.id), resource })),
  };
}
