import type { Condition, Medicine, Sex } from '../diary/codes';
import type { DiaryEntry } from '../diary/types';
import type { FlagEventType, FlagStatus, Tier } from '../rules';

/** Week-on-week direction of mean worst pain (see lib/dal/panel-windows.ts). */
export type Trend = 'rising' | 'steady' | 'falling';

/** One row of the clinician's patient table; also the API's patient shape (docs/contract.md, "JSON API"). */
export interface PanelPatient {
  id: string;
  name: string;
  email: string;
  /** The most recent night with an entry, `YYYY-MM-DD`. */
  last_entry_night: string | null;
  pain_nights_7d: number;
  pain_nights_30d: number;
  /** Mean worst pain (0–10) over the entries of the last 7 nights, one decimal. */
  mean_worst_pain_7d: number | null;
  trend: Trend | null;
  /** Mean worst pain, last 7 nights minus the 7 before. */
  trend_delta: number | null;
  /** Highest tier among open and acknowledged flags. */
  highest_open_flag_tier: Tier | null;
  open_flag_count: number;
  /** Nights with an entry among the last 14 (adherence). */
  entries_last_14_nights: number;
  /** Three nights missed in a row and none recorded since (lib/rules/reporting.ts); reminders are paused. */
  not_reporting: boolean;
}

export type { FlagStatus };

export interface FlagHistoryEvent {
  type: FlagEventType;
  at: string;
  actor_name: string | null;
  from_tier: Tier | null;
  to_tier: Tier | null;
  note: string | null;
}

/** A flag as the clinician sees it; the API's flag shape (docs/contract.md, "JSON API") plus detail. */
export interface ClinicianFlag {
  id: string;
  patient_id: string;
  rule_id: string;
  tier: Tier;
  status: FlagStatus;
  reason: string;
  evidence_nights: string[];
  first_seen_at: string;
  last_seen_at: string;
  rules_version: string;
  modifiers: string[];
  /** When the patient edited away the entries that raised it, or null. */
  evidence_withdrawn_at: string | null;
  evidence_withdrawn: boolean;
  /** When the flag reached its current tier (raised or last escalated). */
  tier_since: string;
  overdue: boolean;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution_note: string | null;
  /** When the escalation contacts were told it went unacknowledged past its overdue mark (docs/notifications.md). */
  escalated_to_contacts_at: string | null;
}

/** A diary entry as the clinician reads it: the fields plus its edit state. */
export interface ClinicianEntry extends DiaryEntry {
  version: number;
  edited: boolean;
  recorded_at: string;
  updated_at: string;
}

/** An earlier version of an entry, kept when the patient edited it. */
export interface EntryVersion {
  entry_id: string;
  version: number;
  fields: Omit<DiaryEntry, 'id'>;
  recorded_at: string;
  superseded_at: string;
}

export interface ClinicalNoteView {
  id: string;
  body: string;
  author_name: string;
  created_at: string;
}

export interface PatientHeader {
  id: string;
  name: string;
  email: string;
  active: boolean;
  date_of_birth: string | null;
  sex: Sex | null;
  conditions: Condition[];
  medicines: Medicine[];
  pregnancy_due_date: string | null;
}
