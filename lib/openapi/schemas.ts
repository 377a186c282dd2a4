import type { z } from 'zod';
import { newAccountSchema, passwordResetSchema } from '../validation/accounts';
import { diaryEntryRecordSchema, diaryPutBodySchema } from '../validation/diary';
import { experimentStartSchema } from '../validation/experiments';
import { preferencesSchema, reminderSettingsSchema } from '../validation/notifications';
import { profileChangesSchema, profileRecordSchema } from '../validation/profile';
import * as admin from './admin-schemas';
import * as clinician from './clinician-schemas';
import * as common from './common-schemas';
import * as experiments from './experiments-schemas';
import * as insights from './insights-schemas';
import * as notify from './notify-schemas';
import * as patient from './patient-schemas';

/**
 * Every schema the OpenAPI document names. Request bodies are the very zod
 * schemas the handlers validate with; responses are written here, checked
 * against the data layer's types and, in lib/openapi/responses.int.test.ts,
 * against what the handlers really send.
 */

/** Request bodies, documented as they are accepted (defaults make fields optional). */
export const REQUEST_SCHEMAS = {
  DiaryEntryPut: diaryPutBodySchema,
  ProfileChanges: profileChangesSchema(),
  FlagNote: clinician.flagNoteSchema,
  NewUser: newAccountSchema,
  PasswordReset: passwordResetSchema,
  NotificationPreferencesPut: preferencesSchema,
  RemindersPut: reminderSettingsSchema,
  ExperimentStart: experimentStartSchema,
} satisfies Record<string, z.ZodType>;

/** Responses, documented as they are sent. */
export const RESPONSE_SCHEMAS = {
  Error: common.errorSchema,
  ValidationError: common.validationErrorSchema,
  Health: common.healthSchema,
  HealthDown: common.healthDownSchema,
  DiaryEntry: diaryEntryRecordSchema,
  DiaryEntryList: patient.entryListSchema,
  SavedDiaryEntry: patient.savedEntrySchema,
  PatientFlag: patient.patientFlagSchema,
  Profile: profileRecordSchema,
  ProfileUpdated: patient.profileUpdatedSchema,
  PanelPatient: clinician.panelPatientSchema,
  PatientList: clinician.patientListSchema,
  ClinicianEntry: clinician.clinicianEntrySchema,
  ClinicianEntryList: clinician.clinicianEntryListSchema,
  FlagHistoryEvent: clinician.flagHistoryEventSchema,
  ClinicianFlag: clinician.clinicianFlagSchema,
  FlagList: clinician.flagListSchema,
  FlagActionResult: clinician.flagActionResultSchema,
  AdminUser: admin.adminUserSchema,
  AdminUserList: admin.adminUserListSchema,
  AdminUserResult: admin.adminUserResultSchema,
  SecondFactorReset: admin.secondFactorResetSchema,
  CreatedUser: admin.createdUserSchema,
  CareTeamAssignment: admin.assignmentSchema,
  AuditEvent: admin.auditEventSchema,
  AuditEventList: admin.auditListSchema,
  RuleStat: admin.ruleStatSchema,
  RuleStats: admin.ruleStatsSchema,
  Notification: notify.notificationSchema,
  NotificationList: notify.notificationListSchema,
  NotificationRead: notify.notificationReadSchema,
  NotificationPreferences: notify.preferencesSchema,
  Reminders: notify.remindersSchema,
  Delivery: notify.deliverySchema,
  DeliveryList: notify.deliveryListSchema,
  InsightComparison: insights.insightComparisonSchema,
  Insights: insights.insightsSchema,
  Experiment: experiments.experimentSchema,
  ExperimentReply: experiments.experimentReplySchema,
  ExperimentList: experiments.experimentListSchema,
} satisfies Record<string, z.ZodType>;

export type ResponseName = keyof typeof RESPONSE_SCHEMAS;
export type RequestName = keyof typeof REQUEST_SCHEMAS;
