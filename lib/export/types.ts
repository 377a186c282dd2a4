import type { DiaryEntry, PatientProfile } from '../diary/types';
import type { ExperimentRecord } from '../insights/experiment';
import type { InsightReport } from '../insights/types';
import type { FlagStatus, Tier } from '../rules';
import type { NightRange } from './range';

/** Who the export is about. */
export interface ExportPatient {
  id: string;
  name: string;
  email: string;
  profile: PatientProfile;
}

/** A night as exported: the contract's fields plus when it was last written. */
export interface ExportEntry extends DiaryEntry {
  recordedAt: Date;
}

/** A flag with the nights that make up its evidence. */
export interface ExportFlag {
  id: string;
  ruleId: string;
  tier: Tier;
  status: FlagStatus;
  reason: string;
  modifiers: string[];
  /** Ascending, `YYYY-MM-DD`; may reach outside the export's range. */
  evidenceNights: string[];
  firstSeenAt: Date;
  lastSeenAt: Date;
  resolvedAt: Date | null;
  evidenceWithdrawnAt: Date | null;
}

/** Everything one patient's exports are built from. */
export interface PatientExportData {
  patient: ExportPatient;
  range: NightRange;
  /** Ascending by night, inside the range. */
  entries: ExportEntry[];
  /** Unresolved flags, and resolved ones with evidence inside the range. */
  flags: ExportFlag[];
  /**
   * Nights with vs without each habit over the export's window (the last 90
   * nights when the range leaves it open); absent in exports built without it.
   */
  insights?: InsightReport;
  /** The patient's two-week experiments, newest first (the PDF); absent elsewhere. */
  experiments?: ExperimentRecord[];
  generatedAt: Date;
}
