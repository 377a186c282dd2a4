import type { Condition, Medicine } from '../../diary/codes';
import { CONDITION_LABELS, MEDICINE_LABELS } from '../../presentation/labels';
import type { ExportPatient } from '../types';
import { derivedUuid, urnFor } from './ids';
import { CALFWATCH_FHIR_BASE, LOINC, type Resource } from './types';

/** The Patient: name, e-mail, administrative gender and birth date. */
export function patientResource(patient: ExportPatient): Resource {
  const words = patient.name.trim().split(/\s+/);
  const family = words.length > 1 ? words.at(-1) : undefined;
  return {
    resourceType: 'Patient',
    id: patient.id,
    identifier: [{ system: `${CALFWATCH_FHIR_BASE}/patient-id`, value: patient.id }],
    name: [{ text: patient.name, ...(family ? { family, given: words.slice(0, -1) } : {}) }],
    telecom: [{ system: 'email', value: patient.email }],
    // Calfwatch's sex codes are FHIR's AdministrativeGender codes.
    ...(patient.profile.sex ? { gender: patient.profile.sex } : {}),
    ...(patient.profile.date_of_birth ? { birthDate: patient.profile.date_of_birth } : {}),
  };
}

/**
 * What the patient told us about their health, as patient-reported resources:
 * a Condition per condition, a MedicationStatement per medicine, and the
 * estimated delivery date while pregnant.
 */
export function profileResources(patient: ExportPatient, recordedOn: string): Resource[] {
  const subject = { reference: urnFor(patient.id) };
  const conditions = patient.profile.conditions.map((code: Condition) => ({
    resourceType: 'Condition',
    id: derivedUuid(patient.id, 'condition', code),
    clinicalStatus: concept('http://terminology.hl7.org/CodeSystem/condition-clinical', 'active'),
    verificationStatus: concept('http://terminology.hl7.org/CodeSystem/condition-ver-status', 'unconfirmed'),
    category: [concept('http://terminology.hl7.org/CodeSystem/condition-category', 'problem-list-item')],
    code: { coding: [{ system: `${CALFWATCH_FHIR_BASE}/CodeSystem/condition`, code }], text: CONDITION_LABELS[code] },
    subject,
  }));
  const medicines = patient.profile.medicines.map((code: Medicine) => ({
    resourceType: 'MedicationStatement',
    id: derivedUuid(patient.id, 'medicine', code),
    status: 'active',
    medicationCodeableConcept: {
      coding: [{ system: `${CALFWATCH_FHIR_BASE}/CodeSystem/medicine`, code }],
      text: MEDICINE_LABELS[code],
    },
    subject,
    dateAsserted: recordedOn,
    informationSource: subject,
  }));
  const due = patient.profile.pregnancy_due_date;
  const pregnancy: Resource[] = due
    ? [
        {
          resourceType: 'Observation',
          id: derivedUuid(patient.id, 'pregnancy-due-date'),
          status: 'final',
          code: { coding: [{ system: LOINC, code: '11778-8', display: 'Delivery date Estimated' }] },
          subject,
          effectiveDateTime: recordedOn,
          valueDateTime: due,
        },
      ]
    : [];
  return [...conditions, ...medicines, ...pregnancy];
}

function concept(system: string, code: string) {
  return { coding: [{ system, code }] };
}
