import { pgEnum } from 'drizzle-orm/pg-core';
import { ROLES } from '../../lib/auth/permissions';
import { CONDITIONS, MEDICINES, PATTERNS, RELIEFS, SEXES, SIDES, SYMPTOMS } from '../../lib/diary/codes';
import { FLAG_EVENT_TYPES, FLAG_STATUSES } from '../../lib/rules/flag-statuses';
import { TIERS } from '../../lib/rules/tiers';

/** Every enum is built from the code list the application checks against, so the two cannot drift. */
export const roleEnum = pgEnum('role', ROLES);
export const sexEnum = pgEnum('sex', SEXES);
export const sideEnum = pgEnum('side', SIDES);
export const patternEnum = pgEnum('pattern', PATTERNS);
export const reliefEnum = pgEnum('relief', RELIEFS);
export const symptomEnum = pgEnum('symptom', SYMPTOMS);
export const conditionEnum = pgEnum('condition', CONDITIONS);
export const medicineEnum = pgEnum('medicine', MEDICINES);
/** Ascending severity (TIERS is lowest first), so `ORDER BY tier DESC` puts emergencies first. */
export const flagTierEnum = pgEnum('flag_tier', TIERS);
export const flagStatusEnum = pgEnum('flag_status', FLAG_STATUSES);
export const flagEventTypeEnum = pgEnum('flag_event_type', FLAG_EVENT_TYPES);
