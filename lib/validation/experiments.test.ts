import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { parseOrThrow } from './issues';
import { experimentStartSchema } from './experiments';

describe('experimentStartSchema', () => {
  it('accepts the stretching experiment and ignores other fields', () => {
    expect(parseOrThrow(experimentStartSchema, { factor: 'stretched_before_bed', extra: 1 })).toEqual({
      factor: 'stretched_before_bed',
    });
  });

  it.each([[{}], [{ factor: 'hydration' }], [{ factor: 3 }], [{ factor: null }]])(
    'refuses %j with a message for factor',
    (body) => {
      try {
        parseOrThrow(experimentStartSchema, body);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).fields).toEqual({
          factor: 'Choose an experiment: stretched_before_bed.',
        });
      }
    },
  );
});
