import { z } from 'zod';
import { isoDate } from './dates';
import { isUuid, UUID_PATTERN } from './ids';

const uuid = (name: string) =>
  z
    .string()
    .regex(UUID_PATTERN, { error: `${name} must be an id (a UUID).` })
    .optional();

function isoDateFor(name: string) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${name} must be a date written YYYY-MM-DD.` })
    .pipe(isoDate)
    .optional();
}

const cursorField = z
  .string()
  .regex(/^\d{1,15}$/, { error: 'cursor is not valid.' })
  .transform(Number)
  .optional();

const actionField = z.string().trim().max(100, { error: 'action is too long.' }).optional();

function fromNotAfterTo(value: { from?: string; to?: string }, context: z.RefinementCtx) {
  if (value.from && value.to && value.from > value.to) {
    context.addIssue({ code: 'custom', path: ['to'], message: 'to must be on or after from.' });
  }
}

/** GET /api/v1/admin/audit: ids, an action (exact, or a prefix ending in `*`), a date range, a cursor. */
export const auditApiQuerySchema = z
  .object({
    patientId: uuid('patientId'),
    actorId: uuid('actorId'),
    action: actionField,
    from: isoDateFor('from'),
    to: isoDateFor('to'),
    cursor: cursorField,
  })
  .superRefine(fromNotAfterTo);

/** The audit page's filter form: patient and actor may be typed as an email address or an id. */
export const auditPageQuerySchema = z.object({
  patient: z.string().trim().max(320).optional(),
  actor: z.string().trim().max(320).optional(),
  action: actionField,
  from: isoDateFor('from'),
  to: isoDateFor('to'),
  cursor: cursorField,
});
export type AuditPageQuery = z.output<typeof auditPageQuerySchema>;

export interface AuditFilter {
  patientId?: string;
  patientEmail?: string;
  actorId?: string;
  actorEmail?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** Turns the page's free-text patient and actor fields into id or email filters. */
export function auditFilterFromPage(query: AuditPageQuery): AuditFilter {
  const filter: AuditFilter = { action: query.action, from: query.from, to: query.to };
  if (query.patient) {
    if (isUuid(query.patient)) filter.patientId = query.patient.toLowerCase();
    else filter.patientEmail = query.patient.toLowerCase();
  }
  if (query.actor) {
    if (isUuid(query.actor)) filter.actorId = query.actor.toLowerCase();
    else filter.actorEmail = query.actor.toLowerCase();
  }
  // A range typed backwards is read the way it was meant.
  if (filter.from && filter.to && filter.from > filter.to) [filter.from, filter.to] = [filter.to, filter.from];
  return filter;
}
