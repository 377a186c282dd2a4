import { describe, expect, it } from 'vitest';
import { flagActionBodySchema } from './flag-note';

describe('flagActionBodySchema', () => {
  it('reads an optional note; absent or null means none, other fields are ignored', () => {
    expect(flagActionBodySchema.parse({})).toEqual({ note: null });
    expect(flagActionBodySchema.parse({ note: null })).toEqual({ note: null });
    expect(flagActionBodySchema.parse({ note: 'Seen', other: 1 })).toEqual({ note: 'Seen' });
  });

  it('refuses a note that is not text with a message for the note', () => {
    const result = flagActionBodySchema.safeParse({ note: 42 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['note'], message: 'Note must be text.' });
  });
});
