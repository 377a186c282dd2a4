/** The slice of FHIR R4 this export writes. Field names follow the specification. */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Reference {
  reference: string;
  display?: string;
}

export interface Extension {
  url: string;
  valueCodeableConcept?: CodeableConcept;
  valueReference?: Reference;
}

/** Any resource: its type and id, plus whatever its type defines. */
export interface Resource {
  resourceType: string;
  id: string;
  [element: string]: unknown;
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDate?: string;
  valueString?: string;
  valueCoding?: Coding;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  answer: QuestionnaireResponseAnswer[];
}

export interface BundleEntry {
  fullUrl: string;
  resource: Resource;
}

export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  timestamp: string;
  entry: BundleEntry[];
}

/** Where Calfwatch's own code systems live (rule ids, tiers, diary codes). */
export const CALFWATCH_FHIR_BASE = 'https://calfwatch.example.org/fhir';

export const LOINC = 'http://loinc.org';
export const PAIN_SEVERITY_LOINC: Coding = {
  system: LOINC,
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};
