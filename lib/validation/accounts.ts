import { z } from 'zod';
import { ROLES } from '../auth/permissions';
import { isCommonPassword } from './common-passwords';
import { storableText } from './text';

export const MIN_PASSWORD_LENGTH = 12;
/** Longer passwords gain nothing and sign-in refuses past 1,024 characters. */
export const MAX_PASSWORD_LENGTH = 256;
export const MAX_NAME_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 320;
export const USER_STATUSES = ['active', 'inactive'] as const;

const COMMON_PASSWORD_MESSAGE = 'This password is too common or too easy to guess. Choose a different one.';

/** An email as stored and looked up: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Trimmed and lower-cased, as emails are stored. */
export const emailField = z.preprocess(
  (value) => (typeof value === 'string' ? normalizeEmail(value) : value),
  z
    .email({
      error: (issue) =>
        issue.input === undefined || issue.input === ''
          ? 'Enter an email address.'
          : 'Enter a valid email address, like name@example.org.',
    })
    .max(MAX_EMAIL_LENGTH, { error: `An email address can be at most ${MAX_EMAIL_LENGTH} characters.` }),
);

export const nameField = storableText({ error: 'Enter a name.' })
  .trim()
  .min(1, { error: 'Enter a name.' })
  .max(MAX_NAME_LENGTH, { error: `A name can be at most ${MAX_NAME_LENGTH} characters.` });

export const roleField = z.enum(ROLES, { error: `Role must be one of ${ROLES.join(', ')}.` });

/** Length and the common-password list; checks against the account's own details come with the account. */
export const passwordField = storableText({ error: 'Enter a password.' })
  .min(MIN_PASSWORD_LENGTH, { error: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(MAX_PASSWORD_LENGTH, { error: `A password can be at most ${MAX_PASSWORD_LENGTH} characters.` })
  .refine((password) => !isCommonPassword(password), { error: COMMON_PASSWORD_MESSAGE });

/** POST /api/v1/admin/users and the "new account" form. */
export const newAccountSchema = z
  .object({ email: emailField, name: nameField, role: roleField, password: passwordField })
  .strict()
  .superRefine((account, context) => {
    if (isCommonPassword(account.password, account)) {
      context.addIssue({ code: 'custom', path: ['password'], message: COMMON_PASSWORD_MESSAGE });
    }
  });
export type NewAccountInput = z.output<typeof newAccountSchema>;

/** POST /api/v1/admin/users/{id}/password and the reset form. */
export const passwordResetSchema = z.object({ password: passwordField }).strict();

export { COMMON_PASSWORD_MESSAGE };

/** GET /api/v1/admin/users and the accounts page. */
export const userListQuerySchema = z.object({
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}.` }).optional(),
  status: z.enum(USER_STATUSES, { error: `status must be one of ${USER_STATUSES.join(', ')}.` }).optional(),
  query: storableText().trim().max(MAX_EMAIL_LENGTH, { error: 'query is too long.' }).optional(),
  cursor: storableText().max(MAX_EMAIL_LENGTH, { error: 'cursor is not valid.' }).optional(),
});
export type UserListQuery = z.output<typeof userListQuerySchema>;

/** Searching for patients to add to a care team: trimmed, and a long search is cut rather than refused. */
export const patientSearchSchema = storableText()
  .transform((text) => text.trim().slice(0, MAX_EMAIL_LENGTH))
  .optional();

/** The account page: `?created=1` after creating it, a clinician's patient search `?q=` and panel page `?after=`. */
export const accountPageQuerySchema = z.object({
  created: z.string().optional(),
  q: patientSearchSchema,
  after: storableText().max(MAX_EMAIL_LENGTH).optional(),
});
export type AccountPageQuery = z.output<typeof accountPageQuerySchema>;
