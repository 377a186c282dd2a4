import { RULE_CATALOG, isRuleId, type Tier } from '../../rules';
import { isLiveFlag } from '../../rules/flag-statuses';
import type { ExportFlag } from '../types';
import { derivedUuid, urnFor } from './ids';
import { CALFWATCH_FHIR_BASE, type CodeableConcept, type Resource } from './types';

/** docs/rules.md, "How firings become flags": high for emergency and urgent, moderate for soon, low for routine. */
export const DETECTED_ISSUE_SEVERITY: Record<Tier, 'high' | 'moderate' | 'low'> = {
  emergency: 'high',
  urgent: 'high',
  soon: 'moderate',
  routine: 'low',
};

/** The rule as a concept: coded by rule id, with "rule id: reason" as its text. */
function ruleConcept(flag: ExportFlag): CodeableConcept {
  const display = isRuleId(flag.ruleId) ? RULE_CATALOG[flag.ruleId].title : undefined;
  return {
    coding: [
      {
        system: `${CALFWATCH_FHIR_BASE}/CodeSystem/warning-sign-rule`,
        code: flag.ruleId,
        ...(display ? { display } : {}),
      },
    ],
    text: `${flag.ruleId}: ${flag.reason}`,
  };
}

export function detectedIssueId(flagId: string): string {
  return derivedUuid(flagId, 'detected-issue');
}

/**
 * A flag as a FHIR Flag: active until resolved, its tier as the standard
 * flag-priority extension, and a flag-detail link to its DetectedIssue.
 */
export function flagResource(flag: ExportFlag, patientId: string): Resource {
  return {
    resourceType: 'Flag',
    id: flag.id,
    extension: [
      {
        url: 'http://hl7.org/fhir/StructureDefinition/flag-priority',
        valueCodeableConcept: {
          coding: [{ system: `${CALFWATCH_FHIR_BASE}/CodeSystem/flag-tier`, code: flag.tier }],
          text: flag.tier,
        },
      },
      {
        url: 'http://hl7.org/fhir/StructureDefinition/flag-detail',
        valueReference: { reference: urnFor(detectedIssueId(flag.id)) },
      },
    ],
    status: isLiveFlag(flag) ? 'active' : 'inactive',
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'clinical', display: 'Clinical' },
        ],
      },
    ],
    code: ruleConcept(flag),
    subject: { reference: urnFor(patientId) },
    period: {
      start: flag.firstSeenAt.toISOString(),
      ...(flag.resolvedAt ? { end: flag.resolvedAt.toISOString() } : {}),
    },
  };
}

/**
 * The flag's finding as a DetectedIssue with its severity; evidence points at
 * the nights' QuestionnaireResponses that are in the bundle, and every
 * evidence night is named in the detail text.
 */
export function detectedIssueResource(
  flag: ExportFlag,
  patientId: string,
  entryIdByNight: ReadonlyMap<string, string>,
): Resource {
  const inBundle = flag.evidenceNights.flatMap((night) => {
    const entryId = entryIdByNight.get(night);
    return entryId ? [{ reference: urnFor(entryId), display: `Night of ${night}` }] : [];
  });
  const withdrawn = flag.evidenceWithdrawnAt ? ' Evidence withdrawn by the patient.' : '';
  return {
    resourceType: 'DetectedIssue',
    id: detectedIssueId(flag.id),
    status: 'final',
    code: ruleConcept(flag),
    severity: DETECTED_ISSUE_SEVERITY[flag.tier],
    patient: { reference: urnFor(patientId) },
    identifiedDateTime: flag.firstSeenAt.toISOString(),
    detail: `${flag.reason}. Evidence nights: ${flag.evidenceNights.join(', ') || 'none'}.${withdrawn}`,
    ...(inBundle.length > 0 ? { evidence: [{ detail: inBundle }] } : {}),
  };
}
