import { z } from 'zod';
import { FLAG_STATUSES, RULE_IDS, TIERS } from '../rules';

/**
 * Building blocks of the response schemas. Responses are strict objects: the
 * document then says no other fields are sent, and the integration test that
 * parses real responses with them fails on any field left undocumented.
 */
export const idSchema = z.uuid();

/** Timestamps are sent as `Date#toISOString()` (UTC, milliseconds). */
export const timestampSchema = z.iso.datetime();

export const tierSchema = z.enum(TIERS).describe('`emergency` > `urgent` > `soon` > `routine`.');

export const flagStatusSchema = z.enum(FLAG_STATUSES);

export const ruleIdSchema = z
  .string()
  .describe(
    `The rule that raised the flag: one of ${RULE_IDS.join(', ')} (docs/rules.md). ` +
      'A flag raised under a rule since retired keeps that rule’s id.',
  );

export const nextCursorSchema = z
  .string()
  .nullable()
  .describe('Pass as `cursor` to get the next page; null on the last page.');

export const errorSchema = z.strictObject({ error: z.string() }).describe('Any error: a message, never a stack trace.');

export const validationErrorSchema = z
  .strictObject({
    error: z.string(),
    fields: z
      .record(z.string(), z.string())
      .describe('One message per invalid field or query parameter, by its code; `_` when the whole body is wrong.'),
  })
  .describe('422: what is wrong, field by field. Nothing was saved.');

export const healthSchema = z.strictObject({ status: z.literal('ok'), database: z.literal('ok') });

export const healthDownSchema = z.strictObject({ status: z.literal('degraded'), database: z.literal('unreachable') });
