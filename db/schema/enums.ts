import { pgEnum } from 'drizzle-orm/pg-core';
import { CONDITIONS, MEDICINES, PATTERNS, RELIEFS, SEXES, SIDES, SYMPTOMS } from '../../lib/diary/codes';

export const roleEnum = pgEnum('role', ['patient', 'clinician', 'admin']);
export const sexEnum = pgEnum('sex', SEXES);
export const sideEnum = pgEnum('side', SIDES);
export const patternEnum = pgEnum('pattern', PATTERNS);
export const reliefEnum = pgEnum('relief', RELIEFS);
export const symptomEnum = pgEnum('symptom', SYMPTOMS);
export const conditionEnum = pgEnum('condition', CONDITIONS);
export const medicineEnum = pgEnum('medicine', MEDICINES);
/** Ascending severity, so `ORDER BY tier DESC` puts emergencies first. */
export const flagTierEnum = pgEnum('flag_tier', ['routine', 'soon', 'urgent', 'emergency']);
export const flagStatusEnum = pgEnum('flag_status', ['open', 'acknowledged', 'resolved']);
export const flagEventTypeEnum = pgEnum('flag_event_type', [
  'raised',
  'evidence_added',
  'escalated',
  'evidence_withdrawn',
  'acknowledged',
  'resolved',
  'overdue_escalated',
]);
