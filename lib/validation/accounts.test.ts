import { describe, expect, it } from 'vitest';
import { fieldMessages } from './issues';
import { newAccountSchema, passwordResetSchema, userListQuerySchema } from './accounts';
import { parseQueryLenient } from './query-params';

const valid = {
  email: ' New.Person@Example.ORG ',
  name: ' New Person ',
  role: 'clinician',
  password: 'violet kettle marches',
};

function errorsOf(input: unknown) {
  const result = newAccountSchema.safeParse(input);
  return result.success ? {} : fieldMessages(result.error);
}

describe('newAccountSchema', () => {
  it('normalises the email and name', () => {
    expect(newAccountSchema.parse(valid)).toEqual({ ...valid, email: 'new.person@example.org', name: 'New Person' });
  });

  it('gives one message per bad field', () => {
    const errors = errorsOf({ email: 'not-an-email', name: '', role: 'superuser', password: 'short' });
    expect(errors).toEqual({
      email: expect.stringContaining('valid email'),
      name: 'Enter a name.',
      role: 'Role must be one of patient, clinician, admin.',
      password: 'A password needs at least 12 characters.',
    });
  });

  it('refuses common passwords, the demo password and the email itself', () => {
    expect(errorsOf({ ...valid, password: 'Password1234' }).password).toMatch(/too common/);
    expect(errorsOf({ ...valid, password: 'calfwatch-demo' }).password).toMatch(/too common/);
    expect(errorsOf({ ...valid, email: 'longaddress@x.org', password: 'longaddress@x.org' }).password).toMatch(
      /too common/,
    );
  });

  it('refuses missing and unknown fields', () => {
    expect(errorsOf({ ...valid, admin: true })).toEqual({ admin: 'This field is not part of the form.' });
    expect(Object.keys(errorsOf({}))).toEqual(['email', 'name', 'role', 'password']);
  });
});

describe('passwordResetSchema', () => {
  it('applies the same password rules', () => {
    expect(passwordResetSchema.safeParse({ password: 'violet kettle marches' }).success).toBe(true);
    expect(passwordResetSchema.safeParse({ password: 'qwertyuiop12' }).success).toBe(false);
    expect(passwordResetSchema.safeParse({ password: 'x'.repeat(257) }).success).toBe(false);
  });
});

describe('userListQuerySchema on a page', () => {
  it('ignores an unknown role instead of failing', () => {
    expect(parseQueryLenient(userListQuerySchema, { role: 'wizard', query: ' ann ', status: 'inactive' })).toEqual({
      query: 'ann',
      status: 'inactive',
    });
  });
});
