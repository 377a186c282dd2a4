/** One audit row as the viewer, the API and the export show it. */
export interface AuditEventView {
  id: number;
  at: Date;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  patient_id: string | null;
  /** The email of the patient the event concerns, when there is one. */
  patient_email: string | null;
  target_id: string | null;
  ip: string | null;
  detail: Record<string, unknown> | null;
}
