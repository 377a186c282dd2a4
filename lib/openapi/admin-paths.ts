import { auditApiQuerySchema } from '../validation/audit';
import { userListQuerySchema } from '../validation/accounts';
import { ruleStatsQuerySchema } from '../validation/rule-stats';
import { queryParameters } from './json-schema';
import { body, error, errors, pathParam, reply } from './path-helpers';

const NO_PAIR = error('No such clinician (or the user is not a clinician), or no such patient.');
const PASSWORD_RULES =
  'The password must not be a common one, the demo password, or the account’s own email or name (422).';
const userId = pathParam('id', 'The user id; an unknown or malformed id answers 404.');

/** Accounts, care teams, the audit log and rule statistics (role admin; others get 403). */
export function adminPaths() {
  return {
    '/admin/users': {
      get: {
        summary: 'Accounts by email (admin)',
        parameters: queryParameters(userListQuerySchema, {
          role: 'Only accounts with this role.',
          status: 'Only active or only deactivated accounts.',
          query: 'Matches name or email.',
          cursor: 'The `next_cursor` of the previous page.',
        }),
        responses: { 200: reply('One page of accounts', 'AdminUserList'), ...errors(401, 403, 422) },
      },
      post: {
        summary: 'Create an account (admin); a patient account gets its patient record',
        description: `The email is trimmed and lower-cased. ${PASSWORD_RULES}`,
        requestBody: body('NewUser'),
        responses: {
          201: reply('Created', 'CreatedUser', {
            Location: { description: '`/api/v1/admin/users/{id}`', schema: { type: 'string' } },
          }),
          400: error('The body is not a JSON object.'),
          ...errors(401, 403),
          409: error('An account with this email exists.'),
          ...errors(422),
        },
      },
    },
    '/admin/users/{id}/deactivate': {
      post: {
        summary: 'Deactivate an account (admin); its sessions end at once',
        description: 'Repeating it changes nothing. No body is read.',
        parameters: [userId],
        responses: {
          200: reply('The account', 'AdminUserResult'),
          ...errors(401),
          403: error('Not an admin, or it is your own account.'),
          ...errors(404),
        },
      },
    },
    '/admin/users/{id}/mfa': {
      delete: {
        summary: 'Reset an account’s second factor (admin); its sessions end at once',
        description:
          'For a user who lost their authenticator: removes the TOTP factor and its recovery codes, ends every ' +
          'session of the account, and writes `user.second_factor_reset` to the audit log. The user next signs in ' +
          'with their password alone, and enrols again where their role requires it. No body is read.',
        parameters: [userId],
        responses: {
          200: reply('What was removed', 'SecondFactorReset'),
          ...errors(401),
          403: error('Not an admin, or it is your own account (use /account/security).'),
          ...errors(404),
        },
      },
    },
    '/admin/users/{id}/reactivate': {
      post: {
        summary: 'Reactivate an account (admin); it signs in again with its password',
        description: 'Repeating it changes nothing. No body is read; earlier sessions stay ended.',
        parameters: [userId],
        responses: { 200: reply('The account', 'AdminUserResult'), ...errors(401, 403, 404) },
      },
    },
    '/admin/users/{id}/password': {
      post: {
        summary: 'Set a new password for an account (admin); its sessions end at once',
        description: PASSWORD_RULES,
        parameters: [userId],
        requestBody: body('PasswordReset'),
        responses: {
          200: reply('The account', 'AdminUserResult'),
          400: error('The body is not a JSON object.'),
          ...errors(401, 403, 404, 422),
        },
      },
    },
    '/admin/care-team/{clinicianUserId}/{patientId}': {
      parameters: [pathParam('clinicianUserId', 'The clinician’s user id.'), pathParam('patientId', 'The patient_id.')],
      put: {
        summary: 'Put a patient on a clinician’s care team (admin)',
        description: 'Idempotent: a repeat answers 200 with `changed: false`. No body is read.',
        responses: { 200: reply('Assigned', 'CareTeamAssignment'), ...errors(401, 403), 404: NO_PAIR },
      },
      delete: {
        summary: 'Take a patient off a clinician’s care team (admin); their access ends at once',
        description: 'Idempotent: a repeat answers 200 with `changed: false`.',
        responses: { 200: reply('Removed', 'CareTeamAssignment'), ...errors(401, 403), 404: NO_PAIR },
      },
    },
    '/admin/audit': {
      get: {
        summary: 'The audit log, newest first (admin)',
        parameters: queryParameters(auditApiQuerySchema, {
          patientId: 'Only events about this patient (a patient_id).',
          actorId: 'Only events by this user (a user id).',
          action: 'An action (`patient.view`), or a prefix ending in `*` (`auth.*`).',
          from: 'From this day, YYYY-MM-DD, in the clinic’s time zone (inclusive).',
          to: 'Up to this day, YYYY-MM-DD (inclusive); not before `from`.',
          cursor: 'The `next_cursor` of the previous page.',
        }),
        responses: { 200: reply('One page of events', 'AuditEventList'), ...errors(401, 403, 422) },
      },
    },
    '/admin/rule-stats': {
      get: {
        summary: 'How each warning-sign rule’s flags have fared (admin)',
        parameters: queryParameters(ruleStatsQuerySchema, {
          period: 'Flags first raised in the last 30, 90 or 365 days, or at any time.',
        }),
        responses: { 200: reply('Per-rule counts', 'RuleStats'), ...errors(401, 403, 422) },
      },
    },
  };
}
